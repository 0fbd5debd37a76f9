namespace Township.Congress.Reports.Documents.Common;

/// <summary>A person who was not at a meeting and why; an empty reason prints the name alone.</summary>
public sealed record AbsenceNote(string Name, string Reason = "")
{
    /// <summary>"张三（因病请假）", the way minutes list absentees.</summary>
    public override string ToString() => string.IsNullOrWhiteSpace(Reason) ? Name : $"{Name}（{Reason}）";
}
