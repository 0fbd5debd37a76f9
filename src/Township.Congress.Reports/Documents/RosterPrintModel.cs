namespace Township.Congress.Reports.Documents;

/// <summary>Input for the deputy roster (代表名册); dates arrive already formatted ("2026年11月26日").</summary>
/// <param name="TermName">The term, e.g. "第十三届".</param>
/// <param name="AsOf">The 截至 date the roster states (the record's state on that day); the print date when null.</param>
/// <param name="Composition">The composition summary sentences (women, minorities, party members, categories, levels).</param>
public sealed record RosterPrintModel(string TownshipName, string TermName, string PrintedOn, IReadOnlyList<RosterPrintGroup> Groups,
    string? AsOf = null, IReadOnlyList<string>? Composition = null);
