using Township.Congress.AnnualReports;
using Township.Congress.Reports.Documents.AnnualReports;
using PrintSection = Township.Congress.Reports.Documents.AnnualReports.AnnualReportSection;

namespace Township.Congress.Web.Features.AnnualReports;

/// <summary>
/// The print model of a report version, as the page reads it: every figure already in the prose (live in a draft, frozen in a
/// final version), so the renderers lay out text and never count.
/// </summary>
public static class AnnualReportPrints
{
    public static AnnualReportPrintModel PrintModel(AnnualReportView r) => new(
        r.TownshipName, r.Report.Year, r.Title, r.Occasion, r.Reporter, r.VersionText, r.IsFinal, AnnualReportView.Salutation,
        r.Opening.Select(p => p.Plain).ToList(),
        r.Sections.Select(s => new PrintSection(s.Heading,
            s.Parts.Select(p => new AnnualReportPart(p.Heading?.Plain ?? "", p.Paragraphs.Select(x => x.Plain).ToList())).ToList())).ToList());

    /// <summary>"城关镇2026年度主席团工作报告（第2稿）": the download's name.</summary>
    public static string FileName(AnnualReportView r, string extension) =>
        $"{r.TownshipName}{r.Report.Year}年度主席团工作报告（第{r.Report.Number}稿）.{extension}";
}
