using System.Globalization;
using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Layout;

namespace Township.Congress.Reports.Documents.LivelihoodProjects;

/// <summary>
/// 民生实事项目完成情况 on an A4 landscape page (ten columns do not fit the 156 mm portrait type area): one row per
/// project with its milestones planned and actual, the weighted progress, overdue milestones marked, and the
/// year-end satisfaction result when voted.
/// </summary>
public static class LivelihoodProgressDocument
{
    private static readonly TableStyle Style = new(FontSize: 10.5, PaddingX: 2, PaddingY: 2, LineHeightFactor: 1.25);

    // Widths in points on the 243 mm (≈689 pt) landscape type area; they are normalised anyway.
    private static readonly TableColumn[] Columns =
    [
        new("序号", 22),
        new("项目名称", 92, TextAlignment.Left),
        new("责任单位", 76, TextAlignment.Left),
        new("预算（万元）", 40),
        new("联系主席团成员", 48, Names: true),
        new("监督代表", 44, Names: true),
        new("实施节点（计划日期／实际完成）", 220, TextAlignment.Left),
        new("完成进度", 38),
        new("逾期节点", 34),
        new("项目状态", 38),
        new("满意度测评", 56),
    ];

    public static byte[] Render(LivelihoodProgressModel model, FontOptions fontOptions)
    {
        ArgumentNullException.ThrowIfNull(model);
        var document = new OfficialDocument(fontOptions, PageSetup.WideTable);
        document.Title(model.Title);
        document.Subtitle($"（统计截至{model.AsOf}）");
        document.Paragraph(model.Introduction);
        document.Table(Columns, model.Rows.Select((r, i) => (IReadOnlyList<string>)
        [
            Number(i + 1), r.Name, r.OwnerUnit, r.Budget, r.PresidiumMember, r.MonitorDeputy, Milestones(r.Milestones), r.Progress,
            OverdueCount(r.Milestones), r.State, r.Satisfaction,
        ]).ToList(), Style);
        document.Paragraph(model.ProgressRule);
        document.Signature(model.Signature.Issuer, model.Signature.Date);
        return document.Render();
    }

    /// <summary>One line per milestone: "1.立项 3月31日／3月28日", an open one "／未完成", an overdue one marked 【逾期】.</summary>
    private static string Milestones(IReadOnlyList<LivelihoodMilestoneCell> milestones) => milestones.Count == 0
        ? "未制定实施节点"
        : string.Join("\n", milestones.Select((m, i) =>
            $"{Number(i + 1)}.{m.Name} {m.PlannedOn}／{(m.DoneOn.Length > 0 ? m.DoneOn : "未完成")}{(m.Overdue ? "【逾期】" : "")}"));

    private static string OverdueCount(IReadOnlyList<LivelihoodMilestoneCell> milestones) =>
        milestones.Count(m => m.Overdue) is var n and > 0 ? $"{Number(n)}个" : "无";

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
