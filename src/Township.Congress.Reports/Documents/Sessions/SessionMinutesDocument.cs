using Township.Congress.Formatting;
using Township.Congress.Reports.Documents.Common;
using Township.Congress.Reports.Fonts;
using Township.Congress.Reports.Layout;
using static Township.Congress.Reports.Documents.Common.MinutesText;

namespace Township.Congress.Reports.Documents.Sessions;

/// <summary>
/// Minutes (会议纪要) of a township congress session on the GB/T 9704 portrait page: basic facts and
/// attendance, agenda, votes, elections, livelihood projects, deliberation opinions and decisions, each a numbered
/// section that is left out (and the numbering closed up) when it has nothing to say.
/// </summary>
public static class SessionMinutesDocument
{
    private static readonly TableColumn[] AgendaColumns =
    [
        new("序号", 0.6),
        new("议程", 4, TextAlignment.Left),
        new("类别", 1.6),
    ];

    private static readonly TableColumn[] VoteColumns =
    [
        new("议题", 3, TextAlignment.Left),
        new("赞成", 0.75),
        new("反对", 0.75),
        new("弃权", 0.75),
        new("未投票", 0.9),
        new("结果", 1.6),
    ];

    // The office is merged down the rows of its candidates, as election tables are drawn by hand.
    private static readonly TableColumn[] ElectionColumns =
    [
        new("职务", 2.2, MergeRepeated: true),
        new("候选人", 1.6, Names: true),
        new("得票", 1),
        new("结果", 1),
    ];

    private static readonly TableColumn[] ProjectColumns =
    [
        new("序号", 0.6),
        new("候选项目", 3.85, TextAlignment.Left),
        new("赞成", 0.75),
        new("反对", 0.75),
        new("弃权", 0.75),
        new("结果", 1.15),
    ];

    public static byte[] Render(SessionMinutesModel model, FontOptions fontOptions) => Build(model, fontOptions).Render();

    /// <summary>The minutes as a document, for callers that want to add to it before rendering.</summary>
    public static OfficialDocument Build(SessionMinutesModel model, FontOptions fontOptions)
    {
        ArgumentNullException.ThrowIfNull(model);
        var document = new OfficialDocument(fontOptions);
        document.Title(TitleBreakingAfter($"{model.SessionName}纪要", "人民代表大会"));
        foreach (var paragraph in model.Introduction ?? [])
        {
            document.Paragraph(paragraph);
        }

        var sections = new SectionHeadings(document);
        WriteBasics(document, sections, model);
        WriteAgenda(document, sections, model.Agenda);
        WriteVotes(document, sections, model.Votes);
        WriteElections(document, sections, model.Elections);
        WriteProjects(document, sections, model.Projects);
        WriteOpinions(document, sections, model.Opinions);
        WriteSuggestions(document, sections, model.Suggestions ?? []);
        WriteDecisions(document, sections, model.Decisions);

        foreach (var paragraph in model.Closing ?? [])
        {
            document.Paragraph(paragraph);
        }

        document.Signature(model.Signature.Issuer, model.Signature.Date);
        return document;
    }

    private static void WriteBasics(OfficialDocument document, SectionHeadings sections, SessionMinutesModel model)
    {
        sections.Next("会议基本情况");
        document.Paragraph(Sentence($"会议时间：{model.DatesText}"));
        document.Paragraph(Sentence($"会议地点：{model.Venue}"));
        document.Paragraph(Sentence($"主持人：{model.PresidedBy}"));

        var a = model.Attendance;
        var quorum = a.QuorumMet
            ? $"出席代表达到全体代表的三分之二（{Number(a.QuorumRequired)}名）以上，符合法定人数，会议合法有效。"
            : $"出席代表不足全体代表的三分之二（{Number(a.QuorumRequired)}名），不符合法定人数。";
        document.Paragraph($"出席情况：现有代表{Number(a.DeputiesInOffice)}名，出席会议{Number(a.Present)}名，请假{Number(a.OnLeave)}名，缺席{Number(a.Absent)}名。{quorum}");
        if (a.OnLeaveList.Count > 0)
        {
            document.Paragraph($"请假代表（{Number(a.OnLeaveList.Count)}名）：{List(a.OnLeaveList.Select(n => n.ToString()))}。");
        }

        if (a.AbsentNames.Count > 0)
        {
            document.Paragraph($"缺席代表（{Number(a.AbsentNames.Count)}名）：{List(a.AbsentNames)}。");
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

    private static void WriteAgenda(OfficialDocument document, SectionHeadings sections, IReadOnlyList<MinutesAgendaItem> agenda)
    {
        if (agenda.Count == 0)
        {
            return;
        }

        sections.Next("会议议程");
        document.Paragraph($"会议共有{Number(agenda.Count)}项议程：", keepWithNext: true);
        document.Table(AgendaColumns, agenda.Select(i => (IReadOnlyList<string>)[Number(i.Ordinal), i.Title, i.KindLabel]));
    }

    private static void WriteVotes(OfficialDocument document, SectionHeadings sections, IReadOnlyList<MinutesVote> votes)
    {
        if (votes.Count == 0)
        {
            return;
        }

        sections.Next("表决情况");
        var adopted = votes.Count(v => v.Adopted);
        document.Paragraph($"会议共表决{Number(votes.Count)}项，通过{Number(adopted)}项" + (adopted < votes.Count ? $"，未通过{Number(votes.Count - adopted)}项。" : "。"), keepWithNext: true);

        // One shared basis is said once under the table instead of in every row.
        var bases = votes.Select(v => v.Basis).Distinct(StringComparer.Ordinal).ToList();
        var sharedBasis = bases.Count == 1 ? bases[0] : null;
        document.Table(VoteColumns, votes.Select(v => (IReadOnlyList<string>)
        [
            v.Title,
            Number(v.For),
            Number(v.Against),
            Number(v.Abstain),
            Number(v.NotVoting),
            Result(v, sharedBasis is null),
        ]));
        if (!string.IsNullOrWhiteSpace(sharedBasis))
        {
            document.Paragraph(Sentence($"表决依据：{sharedBasis}"));
        }
    }

    private static string Result(MinutesVote vote, bool withBasis)
    {
        var result = vote.Adopted ? "通过" : "未通过";
        return withBasis && !string.IsNullOrWhiteSpace(vote.Basis) ? $"{result}\n（{vote.Basis}）" : result;
    }

    private static void WriteElections(OfficialDocument document, SectionHeadings sections, IReadOnlyList<MinutesElection> elections)
    {
        if (elections.Count == 0)
        {
            return;
        }

        sections.Next("选举结果");
        var rows = elections.SelectMany(e => e.Candidates.Select(c => (IReadOnlyList<string>)
        [
            $"{e.Office}\n（应选{Number(e.Seats)}名）",
            c.Name,
            Number(c.Votes),
            e.Elected.Contains(c.Name, StringComparer.Ordinal) ? "当选" : "未当选",
        ]));
        foreach (var election in elections)
        {
            if (Conduct(election) is { Length: > 0 } conduct) document.Paragraph(conduct, keepWithNext: true);
        }

        document.Table(ElectionColumns, rows);

        var outcomes = elections.Select(e => e.Elected.Count > 0 ? $"{List(e.Elected)}当选为{e.Office}" : $"{e.Office}无人当选");
        document.Paragraph($"经选举，{string.Join("；", outcomes)}。");
    }

    /// <summary>
    /// How one election was held: 等额/差额 with candidates and seats, the ballots, who scrutinised and counted.
    /// "副镇长选举为差额选举，候选人3名，应选2名；发出选票60张，收回60张，其中有效票59张，无效票1张；监票人：…；计票人：…。"
    /// </summary>
    private static string Conduct(MinutesElection e)
    {
        var parts = new List<string>();
        if (e.Competition.Length > 0) parts.Add($"{e.Office}选举为{e.Competition}，候选人{Number(e.Nominees)}名，应选{Number(e.Seats)}名");
        if (e.Tally is { Issued: { } issued, Returned: { } returned, Valid: { } valid, Invalid: { } invalid })
            parts.Add($"发出选票{Number(issued)}张，收回{Number(returned)}张，其中有效票{Number(valid)}张，无效票{Number(invalid)}张");
        if (e.Tally is { Scrutineers.Length: > 0 } s) parts.Add($"监票人：{s.Scrutineers}");
        if (e.Tally is { Counters.Length: > 0 } c) parts.Add($"计票人：{c.Counters}");
        if (parts.Count == 0) return "";
        // Without the competition sentence the counts still need to say which office they belong to.
        if (e.Competition.Length == 0) parts[0] = $"{e.Office}选举{parts[0]}";
        return string.Join("；", parts) + "。";
    }

    private static void WriteProjects(OfficialDocument document, SectionHeadings sections, MinutesProjectVote? vote)
    {
        if (vote is null || vote.Projects.Count == 0)
        {
            return;
        }

        sections.Next("民生实事项目票决结果");
        var chosen = vote.Projects.Where(p => p.Chosen).ToList();
        var seats = vote.Seats is { } s ? $"（应选{Number(s)}项）" : "";
        document.Paragraph($"会议对{Number(vote.Projects.Count)}个民生实事候选项目进行了票决{seats}，{Number(chosen.Count)}个项目入选。", keepWithNext: true);
        document.Table(ProjectColumns, vote.Projects.Select((p, i) => (IReadOnlyList<string>)
        [
            Number(i + 1),
            p.Name,
            Number(p.For),
            Number(p.Against),
            Number(p.Abstain),
            p.Chosen ? "入选" : "未入选",
        ]));
        if (!string.IsNullOrWhiteSpace(vote.Basis))
        {
            document.Paragraph(Sentence($"票决规则：{vote.Basis}"));
        }
    }

    private static void WriteOpinions(OfficialDocument document, SectionHeadings sections, IReadOnlyList<MinutesOpinion> opinions)
    {
        if (opinions.Count == 0)
        {
            return;
        }

        sections.Next("审议意见");
        var group = 0;
        string? current = null;
        foreach (var opinion in opinions)
        {
            if (!string.Equals(opinion.AgendaTitle, current, StringComparison.Ordinal))
            {
                current = opinion.AgendaTitle;
                document.Heading2($"（{ChineseNumerals.Format(++group)}）{current}");
            }

            document.Paragraph(opinion.Opinion);
        }
    }

    private static void WriteSuggestions(OfficialDocument document, SectionHeadings sections, IReadOnlyList<MinutesSuggestion> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        sections.Next("代表议案建议");
        var kinds = string.Join("、", items.GroupBy(i => i.KindName).Select(g => $"{g.Key}{Number(g.Count())}件"));
        document.Paragraph($"会议期间，代表共提出{kinds}，会后交有关单位办理：");
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var who = item.Signers > 1 ? $"{item.LeadDeputy}等{Number(item.Signers)}名代表" : $"{item.LeadDeputy}代表";
            document.Paragraph($"{Number(i + 1)}．{item.Title}（{who}，{item.Number}）");
        }
    }

    private static void WriteDecisions(OfficialDocument document, SectionHeadings sections, IReadOnlyList<string> decisions)
    {
        if (decisions.Count == 0)
        {
            return;
        }

        sections.Next("会议决定");
        for (var i = 0; i < decisions.Count; i++)
        {
            document.Paragraph(Sentence($"{Number(i + 1)}．{decisions[i]}"));
        }
    }
}
