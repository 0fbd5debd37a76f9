using Township.Congress.Reports.Documents.Common;

namespace Township.Congress.Reports.Documents.Figures;

/// <summary>
/// Input for 全县乡镇人大工作情况: every township a row, the year's figures as columns (the dashboards' columns, docs/figures.md),
/// then the 合计 and 平均 rows; cells as printed.
/// </summary>
/// <param name="YearText">"2025年度".</param>
/// <param name="AsOf">The date the figures describe, e.g. "2025年12月31日" for a finished year.</param>
/// <param name="Columns">The figure headers, in order.</param>
/// <param name="Notes">How the total and the average are formed, printed under the tables (说明).</param>
/// <param name="Signature">The county standing committee and the as-of date.</param>
public sealed record CountyRollupPrintModel(
    string CountyName,
    string YearText,
    string AsOf,
    IReadOnlyList<string> Columns,
    IReadOnlyList<RollupPrintRow> Rows,
    RollupPrintRow Total,
    RollupPrintRow Average,
    IReadOnlyList<string> Notes,
    DocumentSignature Signature);

/// <param name="Cells">One value per <see cref="CountyRollupPrintModel.Columns"/>, as printed.</param>
public sealed record RollupPrintRow(string Name, IReadOnlyList<string> Cells);
