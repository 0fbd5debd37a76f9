using Township.Congress.Reports.Documents.Common;

namespace Township.Congress.Reports.Documents.Activities;

/// <summary>A rectification item as the report prints it.</summary>
public sealed record ReportRectification(string Matter, string OwnerUnit, string Deadline, string State);

/// <summary>
/// Input for the visit or survey report (视察报告 / 调研报告); texts arrive formatted, empty lists leave their part out.
/// </summary>
/// <param name="Title">"关于视察农村道路建设情况的报告".</param>
/// <param name="PresentDeputies">Only the deputies marked 出席: the report names who took part, not who was planned.</param>
/// <param name="Signature">The organiser and the activity's end date (the date of the act, never the print date).</param>
public sealed record ActivityReportModel(
    string Title,
    string Organiser,
    string DateText,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> UnitsVisited,
    IReadOnlyList<string> Projects,
    string Law,
    IReadOnlyList<string> PresentDeputies,
    IReadOnlyList<string> Findings,
    IReadOnlyList<string> Opinions,
    IReadOnlyList<ReportRectification> Rectifications,
    DocumentSignature Signature);
