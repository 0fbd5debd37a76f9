namespace Township.Congress.Reports.Documents;

/// <summary>Input for the deputy roster (代表名册); dates arrive already formatted ("2026年11月26日").</summary>
/// <param name="TermName">The term, e.g. "第十三届".</param>
public sealed record RosterPrintModel(string TownshipName, string TermName, string PrintedOn, IReadOnlyList<RosterPrintGroup> Groups);
