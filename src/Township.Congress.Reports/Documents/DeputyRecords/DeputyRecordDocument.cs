using Township.Congress.Reports.Documents.Common;
using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Layout;
using static Township.Congress.Reports.Documents.Common.MinutesText;

namespace Township.Congress.Reports.Documents.DeputyRecords;

/// <summary>
/// 代表履职档案 on the GB/T 9704 portrait page: one deputy per document (basic facts, sessions, activities,
/// suggestions, voter contact, days on duty, declared items, flags, the points table), dated the record's
/// as-of date. The township batch is one file with each deputy starting on a new page numbered "— 1 —".
/// </summary>
public static class DeputyRecordDocument
{
    private static readonly FormGrid FactGrid = new(FieldsPerRow: 2, LabelWidth: 1, ValueWidth: 2);

    private static readonly TableColumn[] SessionColumns =
        [new("序号", 0.6), new("会议", 3.3, TextAlignment.Left), new("日期", 2.3), new("出席情况", 1.5)];

    private static readonly TableColumn[] ActivityColumns =
        [new("序号", 0.6), new("日期", 1.6), new("活动", 2.7, TextAlignment.Left), new("类别", 1.5), new("出席情况", 1.3)];

    private static readonly TableColumn[] SuggestionColumns =
        [new("序号", 0.6), new("标题", 3.2, TextAlignment.Left), new("类别", 0.8), new("角色", 0.8), new("办理状态", 1.2), new("满意度", 1.1)];

    private static readonly TableColumn[] ReportColumns =
        [new("序号", 0.6), new("日期", 1.6), new("述职", 3, TextAlignment.Left), new("测评结果", 2.2)];

    private static readonly TableColumn[] DeclaredColumns =
        [new("序号", 0.6), new("日期", 1.6), new("事项", 3, TextAlignment.Left), new("类别", 1.2), new("审核", 1.2)];

    private static readonly TableColumn[] PointsColumns =
        [new("项目", 2.4, TextAlignment.Left), new("次数", 0.8), new("每次分值", 1.1), new("积分", 0.9), new("说明", 2, TextAlignment.Left)];

    public static byte[] Render(DeputyRecordPrintModel model, FontOptions fontOptions) => RenderBatch([model], fontOptions);

    /// <summary>The records of a whole township in one PDF: each deputy on a new page, each numbered from "— 1 —".</summary>
    public static byte[] RenderBatch(IReadOnlyList<DeputyRecordPrintModel> models, FontOptions fontOptions) => Build(models, fontOptions).Render();

    /// <summary>The records as one document, for callers that want to add to it before rendering.</summary>
    public static OfficialDocument Build(IReadOnlyList<DeputyRecordPrintModel> models, FontOptions fontOptions)
    {
        ArgumentNullException.ThrowIfNull(models);
        if (models.Count == 0)
        {
            throw new ArgumentException("A record print needs at least one deputy.", nameof(models));
        }

        var document = new OfficialDocument(fontOptions)
        {
            DocumentTitle = models.Count == 1
                ? $"{models[0].DeputyName}代表{models[0].PeriodText}履职档案"
                : $"{models[0].TownshipName}人大代表{models[0].PeriodText}履职档案",
        };
        for (var i = 0; i < models.Count; i++)
        {
            if (i > 0)
            {
                document.PageBreak(restartPageNumbers: true);
            }

            Write(document, models[i]);
        }

        return document;
    }

    /// <summary>One deputy's record, from the title to the signature.</summary>
    public static void Write(OfficialDocument document, DeputyRecordPrintModel model)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(model);
        document.Title($"{NameText.Unbreakable(model.DeputyName)}代表{model.PeriodText}履职档案", blankLineAfter: false);
        document.Subtitle($"{model.TownshipName}人民代表大会代表　截至{model.Signature.Date}");
        document.BlankLine();

        var sections = new SectionHeadings(document);
        if (model.Facts.Count > 0)
        {
            sections.Next("基本情况");
            document.Form(model.Facts.Chunk(2).Select(pair => FactGrid.RowOf(pair.Select(f => new FormField(f.Label, f.Value)).ToList())), keepTogether: true);
        }

        WriteSessions(document, sections, model.Sessions);
        WriteActivities(document, sections, model.Activities);
        WriteSuggestions(document, sections, model.Suggestions);
        WriteVoterContact(document, sections, model.VoterContact);
        DutyCalendar.Write(document, sections, model.Duty);
        WriteDeclared(document, sections, model.Declared);
        WriteFlags(document, sections, model.Flags);
        WritePoints(document, sections, model.Points);
        document.Signature(model.Signature.Issuer, model.Signature.Date);
    }

    private static void WriteSessions(OfficialDocument document, SectionHeadings sections, RecordSessions sessions)
    {
        var heading = sections.Next("出席会议情况");
        var nonVoting = sessions.NonVoting > 0 ? $"；列席会议{Number(sessions.NonVoting)}次" : string.Empty;
        document.Paragraph(sessions.Held == 0 && sessions.Rows.Count == 0
            ? $"任职期间未召开人民代表大会会议{nonVoting}。"
            : $"任职期间召开人民代表大会会议{Number(sessions.Held)}次，出席{Number(sessions.Attended)}次，请假{Number(sessions.OnLeave)}次，缺席{Number(sessions.Absent)}次{nonVoting}。",
            keepWithNext: sessions.Rows.Count > 0);
        Rows(document, heading, SessionColumns, sessions.Rows, r => [r.Session, r.DateText, r.Attendance]);
    }

    private static void WriteActivities(OfficialDocument document, SectionHeadings sections, RecordActivities activities)
    {
        var heading = sections.Next("参加闭会期间活动情况");
        var counts = activities.Counts.Where(c => c.Count > 0).ToList();
        document.Paragraph(counts.Count == 0 && activities.Rows.Count == 0
            ? "本期间未参加闭会期间活动。"
            : counts.Count == 0 ? "本期间参加的活动如下：" : $"参加{string.Join("、", counts.Select(c => $"{c.Label}{Number(c.Count)}次"))}。",
            keepWithNext: activities.Rows.Count > 0);
        Rows(document, heading, ActivityColumns, activities.Rows, r => [r.DateText, r.Title, r.Kind, r.Attendance]);
    }

    private static void WriteSuggestions(OfficialDocument document, SectionHeadings sections, RecordSuggestions suggestions)
    {
        var heading = sections.Next("提出议案和建议情况");
        document.Paragraph(suggestions.Led == 0 && suggestions.CoSigned == 0
            ? "本期间未领衔或附议议案、建议。"
            : $"领衔提出议案、建议{Number(suggestions.Led)}件，附议{Number(suggestions.CoSigned)}件。",
            keepWithNext: suggestions.Rows.Count > 0);
        Rows(document, heading, SuggestionColumns, suggestions.Rows, r => [r.Title, r.Kind, r.Role, r.State, r.Satisfaction]);
    }

    private static void WriteVoterContact(OfficialDocument document, SectionHeadings sections, RecordVoterContact contact)
    {
        var heading = sections.Next("联系选民情况");
        document.Paragraph($"联系选民{Number(contact.PersonTimes)}人次，参加代表接待日{Number(contact.ReceptionDays)}天，记录联系选民{Number(contact.Contacts)}次。");
        document.Paragraph(contact.Reports.Count == 0 ? "本期间未向选民述职。" : $"向选民述职{Number(contact.Reports.Count)}次：", keepWithNext: contact.Reports.Count > 0);
        Rows(document, heading, ReportColumns, contact.Reports, r => [r.DateText, r.Title, r.Rating]);
    }

    private static void WriteDeclared(OfficialDocument document, SectionHeadings sections, IReadOnlyList<RecordDeclaredItem> declared)
    {
        var heading = sections.Next("申报履职事项");
        document.Paragraph(declared.Count == 0 ? "本期间无申报的履职事项。" : $"申报履职事项{Number(declared.Count)}项，经审核同意的计入履职天数和积分：",
            keepWithNext: declared.Count > 0);
        Rows(document, heading, DeclaredColumns, declared, d => [d.DateText, d.Item, d.Kind, d.State]);
    }

    private static void WriteFlags(OfficialDocument document, SectionHeadings sections, IReadOnlyList<RecordFlag> flags)
    {
        sections.Next("需要关注的事项");
        if (flags.Count == 0)
        {
            document.Paragraph("本期间无需要关注的事项。");
            return;
        }

        // The rule goes with its flag, so a reader sees why the deputy is named.
        for (var i = 0; i < flags.Count; i++)
        {
            document.Paragraph(Sentence($"{Number(i + 1)}．{flags[i].Flag}（{flags[i].Rule}）"));
        }
    }

    private static void WritePoints(OfficialDocument document, SectionHeadings sections, RecordPoints points)
    {
        var heading = sections.Next("履职积分");
        if (points.Lines.Count == 0)
        {
            document.Paragraph(string.IsNullOrWhiteSpace(points.Note) ? "本期间不计履职积分。" : Sentence(points.Note));
            return;
        }

        var rows = points.Lines.Select(l => (IReadOnlyList<string>)[l.Item, l.Count, l.PerItem, l.Points, l.Note]).ToList();
        rows.Add(["合计", "", "", points.Total, ""]);
        document.Table(PointsColumns, rows, continuedHeading: heading);
        document.Paragraph($"积分合计{points.Total}分，等次为“{points.Band}”，在本乡镇代表中{points.Rank}。");
        if (!string.IsNullOrWhiteSpace(points.Note))
        {
            document.Paragraph(Sentence(points.Note));
        }
    }

    /// <summary>A numbered table of a section's items, its heading repeated with （续） where it runs over a page.</summary>
    internal static void Rows<T>(OfficialDocument document, string heading, IReadOnlyList<TableColumn> columns, IReadOnlyList<T> items, Func<T, IEnumerable<string>> cells)
    {
        if (items.Count == 0)
        {
            return;
        }

        document.Table(columns, items.Select((item, i) => (IReadOnlyList<string>)[Number(i + 1), .. cells(item)]), continuedHeading: heading);
    }
}
