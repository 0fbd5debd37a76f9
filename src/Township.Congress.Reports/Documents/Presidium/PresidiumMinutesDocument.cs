using Township.Congress.Formatting;
using Township.Congress.Reports.Documents.Common;
using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Layout;
using static Township.Congress.Reports.Documents.Common.MinutesText;

namespace Township.Congress.Reports.Documents.Presidium;

/// <summary>
/// Minutes of a presidium meeting (主席团会议纪要) on the GB/T 9704 portrait page: basic facts,
/// topics, decisions and a follow-up table, empty sections left out and the numbering closed up.
/// </summary>
public static class PresidiumMinutesDocument
{
    private static readonly TableColumn[] FollowUpColumns =
    [
        new("序号", 0.6),
        new("事项", 3, TextAlignment.Left),
        new("责任人", 1.2, Names: true),
        new("完成时限", 2),
        new("状态", 1),
    ];

    public static byte[] Render(PresidiumMinutesModel model, FontOptions fontOptions) => Build(model, fontOptions).Render();

    /// <summary>The minutes as a document, for callers that want to add to it before rendering.</summary>
    public static OfficialDocument Build(PresidiumMinutesModel model, FontOptions fontOptions)
    {
        ArgumentNullException.ThrowIfNull(model);
        var document = new OfficialDocument(fontOptions);
        document.Title(TitleBreakingAfter($"{model.MeetingTitle}纪要", "主席团"));
        foreach (var paragraph in model.Introduction ?? [])
        {
            document.Paragraph(paragraph);
        }

        var sections = new SectionHeadings(document);
        WriteBasics(document, sections, model);
        WriteNumbered(document, sections, "会议议题", model.Topics, i => $"{Number(i)}．");
        WriteNumbered(document, sections, "议定事项", model.Decisions, i => model.DecisionNumbering == DecisionNumbering.Arabic ? $"{Number(i)}．" : $"{ChineseNumerals.Format(i)}是");
        WriteFollowUps(document, sections, model.FollowUps);

        foreach (var paragraph in model.Closing ?? [])
        {
            document.Paragraph(paragraph);
        }

        document.Signature(model.Signature.Issuer, model.Signature.Date);
        return document;
    }

    private static void WriteBasics(OfficialDocument document, SectionHeadings sections, PresidiumMinutesModel model)
    {
        sections.Next("会议基本情况");
        document.Paragraph(Sentence($"会议时间：{model.DateText}"));
        document.Paragraph(Sentence($"会议地点：{model.Place}"));
        document.Paragraph(Sentence($"主持人：{model.PresidedBy}"));
        document.Paragraph($"出席人员（{Number(model.Attendees.Count)}名）：{List(model.Attendees)}。");
        if (model.Absentees.Count > 0)
        {
            document.Paragraph($"缺席人员（{Number(model.Absentees.Count)}名）：{List(model.Absentees.Select(a => a.ToString()))}。");
        }

        if (!string.IsNullOrWhiteSpace(model.NonVotingAttendees))
        {
            document.Paragraph(Sentence($"列席人员：{model.NonVotingAttendees}"));
        }

        if (!string.IsNullOrWhiteSpace(model.RecordedBy))
        {
            document.Paragraph(Sentence($"记录人：{model.RecordedBy}"));
        }
    }

    private static void WriteNumbered(OfficialDocument document, SectionHeadings sections, string heading, IReadOnlyList<string> items, Func<int, string> number)
    {
        if (items.Count == 0)
        {
            return;
        }

        sections.Next(heading);
        for (var i = 0; i < items.Count; i++)
        {
            document.Paragraph(Sentence(number(i + 1) + items[i]));
        }
    }

    private static void WriteFollowUps(OfficialDocument document, SectionHeadings sections, IReadOnlyList<FollowUpAction> actions)
    {
        if (actions.Count == 0)
        {
            return;
        }

        sections.Next("落实事项");
        document.Table(FollowUpColumns, actions.Select((a, i) => (IReadOnlyList<string>)[Number(i + 1), a.Matter, a.Responsible, a.Deadline, a.Status]));
    }
}
