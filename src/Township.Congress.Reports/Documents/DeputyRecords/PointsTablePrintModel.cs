using Township.Congress.Reports.Documents.Common;

namespace Township.Congress.Reports.Documents.DeputyRecords;

/// <summary>
/// Input for the township's 亮分表: one row per deputy in rank order, a column per points kind, the total and band.
/// </summary>
/// <param name="PeriodText">"2026年度" or "2026年第三季度".</param>
/// <param name="Kinds">Column headers of the points kinds (基础分, 领衔建议, 附议建议…), in order.</param>
/// <param name="Notes">The scheme and the bands as printed under the table (说明).</param>
/// <param name="Signature">The presidium and the as-of date of the scores (the quarter's end, or the freeze).</param>
public sealed record PointsTablePrintModel(
    string TownshipName,
    string PeriodText,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<PointsTableRow> Rows,
    IReadOnlyList<string> Notes,
    DocumentSignature Signature);

/// <param name="Points">One value per <see cref="PointsTablePrintModel.Kinds"/>, as printed.</param>
public sealed record PointsTableRow(string Rank, string Name, string Group, IReadOnlyList<string> Points, string Total, string Band);
