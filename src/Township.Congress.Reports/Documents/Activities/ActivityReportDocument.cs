using Township.Congress.Reports.Documents.Common;
using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Layout;
using static Township.Congress.Reports.Documents.Common.MinutesText;

namespace Township.Congress.Reports.Documents.Activities;

/// <summary>
/// 视察报告 / 调研报告 on the GB/T 9704 portrait page: the basic facts (organiser, date, places, units,
/// the deputies present), the findings, the opinions and a table of rectification items.
/// </summary>
public static class ActivityReportDocument
{
    private static readonly TableColumn[] RectificationColumns =
    [
        new("序号", 0.6),
        new("整改事项", 3, TextAlignment.Left),
        new("责任单位", 1.6, TextAlignment.Left),
        new("整改时限", 1.8),
        new("状态", 1),
    ];

    public static byte[] Render(ActivityReportModel model, FontOptions fontOptions)
    {
        ArgumentNullException.ThrowIfNull(model);
        var document = new OfficialDocument(fontOptions);
        document.Title(model.Title);
        var sections = new SectionHeadings(document);

        sections.Next("基本情况");
        document.Paragraph(Sentence($"组织单位：{model.Organiser}"));
        document.Paragraph(Sentence($"活动时间：{model.DateText}"));
        if (model.Places.Count > 0) document.Paragraph($"活动地点：{List(model.Places)}。");
        if (model.UnitsVisited.Count > 0) document.Paragraph($"所到单位：{List(model.UnitsVisited)}。");
        if (model.Projects.Count > 0) document.Paragraph($"视察项目：{List(model.Projects)}。");
        if (!string.IsNullOrWhiteSpace(model.Law)) document.Paragraph(Sentence($"检查的法律：{model.Law}"));
        document.Paragraph($"参加代表（{Number(model.PresentDeputies.Count)}名）：{(model.PresentDeputies.Count > 0 ? List(model.PresentDeputies) : "无")}。");

        Numbered(document, sections, "发现的问题", model.Findings);
        Numbered(document, sections, "意见和建议", model.Opinions);
        if (model.Rectifications.Count > 0)
        {
            sections.Next("整改事项");
            document.Table(RectificationColumns, model.Rectifications.Select((r, i) =>
                (IReadOnlyList<string>)[Number(i + 1), r.Matter, r.OwnerUnit, r.Deadline, r.State]));
        }

        document.Signature(model.Signature.Issuer, model.Signature.Date);
        return document.Render();
    }

    private static void Numbered(OfficialDocument document, SectionHeadings sections, string heading, IReadOnlyList<string> items)
    {
        if (items.Count == 0) return;
        sections.Next(heading);
        for (var i = 0; i < items.Count; i++) document.Paragraph(Sentence($"{Number(i + 1)}．{items[i]}"));
    }
}
