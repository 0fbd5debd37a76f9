namespace Township.Congress.Reports.Documents.Sessions;

/// <summary>One agenda item (议程) of a session.</summary>
/// <param name="KindLabel">The kind as shown to users, e.g. "政府工作报告", "选举", "民生实事项目票决".</param>
public sealed record MinutesAgendaItem(int Ordinal, string Title, string KindLabel);
