namespace Township.Congress.Reports.Documents;

/// <summary>One deputy group (代表小组); an empty name means the deputies are not in a group yet.</summary>
public sealed record RosterPrintGroup(string GroupName, IReadOnlyList<RosterPrintRow> Rows);
