using System.Globalization;
using Township.Congress.Resources;

namespace Township.Congress.AnnualReports;

/// <summary>
/// The paragraphs of a new draft, in the shape real reports take (domain.md, "The annual presidium work report"): the opening
/// (受…主席团委托), 一、工作回顾 in five numbered parts, 二、存在的问题, 三、下一年工作安排. The prose is ModelText's
/// <c>AnnualReportText_*</c>, always in Chinese (a report is a Chinese document whatever language the request spoke), with
/// live figure placeholders the secretary keeps, moves or deletes while editing.
/// </summary>
public static class AnnualReportDraft
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private static readonly (AnnualReportSection Section, int Part, bool IsHeading, string Key)[] Layout =
    [
        (AnnualReportSection.Opening, 0, false, nameof(ModelText.AnnualReportText_Opening)),
        (AnnualReportSection.Opening, 0, false, nameof(ModelText.AnnualReportText_OpeningSummary)),
        (AnnualReportSection.Review, 1, true, nameof(ModelText.AnnualReportText_SessionsHeading)),
        (AnnualReportSection.Review, 1, false, nameof(ModelText.AnnualReportText_Sessions)),
        (AnnualReportSection.Review, 2, true, nameof(ModelText.AnnualReportText_SupervisionHeading)),
        (AnnualReportSection.Review, 2, false, nameof(ModelText.AnnualReportText_Inspections)),
        (AnnualReportSection.Review, 2, false, nameof(ModelText.AnnualReportText_Appraisals)),
        (AnnualReportSection.Review, 2, false, nameof(ModelText.AnnualReportText_Livelihood)),
        (AnnualReportSection.Review, 3, true, nameof(ModelText.AnnualReportText_DeputiesHeading)),
        (AnnualReportSection.Review, 3, false, nameof(ModelText.AnnualReportText_Training)),
        (AnnualReportSection.Review, 3, false, nameof(ModelText.AnnualReportText_Suggestions)),
        (AnnualReportSection.Review, 4, true, nameof(ModelText.AnnualReportText_ContactHeading)),
        (AnnualReportSection.Review, 4, false, nameof(ModelText.AnnualReportText_Receptions)),
        (AnnualReportSection.Review, 4, false, nameof(ModelText.AnnualReportText_VoterReports)),
        (AnnualReportSection.Review, 5, true, nameof(ModelText.AnnualReportText_PresidiumHeading)),
        (AnnualReportSection.Review, 5, false, nameof(ModelText.AnnualReportText_Presidium)),
        (AnnualReportSection.Problems, 0, false, nameof(ModelText.AnnualReportText_Problems)),
        (AnnualReportSection.Problems, 0, false, nameof(ModelText.AnnualReportText_ProblemsResolve)),
        (AnnualReportSection.Plan, 0, false, nameof(ModelText.AnnualReportText_PlanSessions)),
        (AnnualReportSection.Plan, 0, false, nameof(ModelText.AnnualReportText_PlanSupervision)),
        (AnnualReportSection.Plan, 0, false, nameof(ModelText.AnnualReportText_PlanDeputies)),
        (AnnualReportSection.Plan, 0, false, nameof(ModelText.AnnualReportText_PlanContact)),
        (AnnualReportSection.Plan, 0, false, nameof(ModelText.AnnualReportText_Closing)),
    ];

    /// <summary>The generated paragraphs of a report (not yet with their first revision).</summary>
    public static List<AnnualReportParagraph> Paragraphs(AnnualReport report) =>
        Layout.Select((p, i) => new AnnualReportParagraph
        {
            AnnualReportId = report.Id, TownshipId = report.TownshipId, Section = p.Section, Part = p.Part, IsHeading = p.IsHeading,
            Order = i + 1, Text = ModelText.ResourceManager.GetString(p.Key, Chinese)!,
        }).ToList();

    /// <summary>A section's heading without its number, in Chinese: "2026年工作回顾".</summary>
    public static string SectionHeading(AnnualReportSection section, int year) => section switch
    {
        AnnualReportSection.Review => string.Format(Chinese, Text(nameof(ModelText.AnnualReport_SectionReview)), year),
        AnnualReportSection.Problems => Text(nameof(ModelText.AnnualReport_SectionProblems)),
        AnnualReportSection.Plan => string.Format(Chinese, Text(nameof(ModelText.AnnualReport_SectionPlan)), year + 1),
        _ => "",
    };

    /// <summary>A text of the printed report, in Chinese whatever the request's language.</summary>
    public static string Text(string key) => ModelText.ResourceManager.GetString(key, Chinese)!;
}
