using Township.Congress.Reports.Documents.Common;
using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Layout;
using static Township.Congress.Reports.Documents.Common.MinutesText;

namespace Township.Congress.Reports.Documents.Appraisals;

/// <summary>
/// 评议结果通报 on the GB/T 9704 page: how the appraisal was done, the ranking with counts, shares and
/// grades, the counting rule, and the rectification orders; dated the day the result was published.
/// </summary>
public static class AppraisalResultDocument
{
    private static readonly TableColumn[] RankingColumns =
    [
        new("名次", 0.7),
        new("评议对象", 2.6, TextAlignment.Left),
        new("满意", 0.8),
        new("基本满意", 1.1),
        new("不满意", 0.95),
        new("满意率", 1.1),
        new("综合满意率", 1.2),
        new("评议等次", 1.1),
    ];

    private static readonly TableColumn[] OrderColumns =
    [
        new("序号", 0.6),
        new("责任单位", 2, TextAlignment.Left),
        new("整改事项", 3.2, TextAlignment.Left),
        new("整改期限", 1.8),
    ];

    public static byte[] Render(AppraisalResultModel model, FontOptions fontOptions)
    {
        ArgumentNullException.ThrowIfNull(model);
        var document = new OfficialDocument(fontOptions);
        document.Title(model.Title);
        foreach (var paragraph in model.Introduction) document.Paragraph(Sentence(paragraph));

        var sections = new SectionHeadings(document);
        sections.Next("测评结果");
        document.Table(RankingColumns, model.Rows.Select(r => (IReadOnlyList<string>)[r.Rank, r.Subject, Number(r.Satisfied),
            Number(r.BasicallySatisfied), Number(r.Unsatisfied), r.SatisfiedPercent, r.AcceptablePercent, r.Grade]));
        document.Paragraph(Sentence(model.RuleText));

        sections.Next("整改要求");
        if (model.Orders.Count == 0)
        {
            document.Paragraph("本次评议无测评为“不满意”的对象。请各被评议单位针对代表提出的意见建议认真整改，持续改进工作。");
        }
        else
        {
            document.Paragraph("对测评为“不满意”的对象，下达整改通知，限期整改。整改情况须在期限内书面报告人大主席团，主席团将组织代表跟踪督办。", keepWithNext: true);
            document.Table(OrderColumns, model.Orders.Select((o, i) => (IReadOnlyList<string>)[Number(i + 1), o.Unit, o.Matter, o.Deadline]));
        }

        document.Signature(model.Signature.Issuer, model.Signature.Date);
        return document.Render();
    }
}
