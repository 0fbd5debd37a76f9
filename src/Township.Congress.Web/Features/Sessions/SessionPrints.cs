using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Reports.Documents.Common;
using Township.Congress.Reports.Documents.Sessions;
using Township.Congress.Reports.Fonts;
using Township.Congress.Sessions;
using Township.Congress.Suggestions;
using PrintAttendance = Township.Congress.Reports.Documents.Sessions.SessionAttendance;

namespace Township.Congress.Web.Features.Sessions;

/// <summary>Turns a session's record into its printed documents: minutes, sign-in sheet, ballots.</summary>
public sealed class SessionPrints(FontOptions fonts)
{
    public async Task<byte[]> MinutesAsync(CongressDbContext db, Guid sessionId, CancellationToken ct = default)
    {
        var details = await db.SessionDetailsAsync(sessionId, ct);
        SessionPrintRules.EnsureMinutes(details.Status);
        var suggestions = await db.Suggestions.AsNoTracking().Where(x => x.SessionId == sessionId)
            .OrderBy(x => x.Year).ThenBy(x => x.Sequence)
            .Select(x => new { x.Year, x.Sequence, x.Kind, x.Title, x.LeadDeputyName, x.FromPresidium, Signers = x.Signers.Count })
            .ToListAsync(ct);
        var model = MinutesModel(details) with
        {
            Suggestions = suggestions.Select(x => new MinutesSuggestion(Suggestion.FormatNumber(x.Year, x.Sequence), SuggestionLabels.Of(x.Kind),
                x.Title, x.FromPresidium ? "主席团" : x.LeadDeputyName, x.Signers)).ToList(),
        };
        return SessionMinutesDocument.Render(model, fonts);
    }

    public async Task<byte[]> SignInSheetAsync(CongressDbContext db, Guid sessionId, CancellationToken ct = default)
    {
        var s = await db.SessionDetailsAsync(sessionId, ct);
        var roll = await db.SignInEntriesAsync(s, ct);
        return SignInSheetDocument.Render(SignInSheetModel(s, roll), fonts);
    }

    /// <summary>One signature column per day (or half day); leave already granted is noted in 备注.</summary>
    public static SignInSheetModel SignInSheetModel(SessionDetails s, IReadOnlyList<RollEntry> roll)
    {
        var rows = roll.Select(r => new SignInEntry(r.Name, r.Group ?? "未编组",
            r.Status == AttendanceStatus.OnLeave ? (r.LeaveReason.Length > 0 ? $"请假（{r.LeaveReason}）" : "请假") : "")).ToList();
        var sittings = SignInRoll.Sittings(s.ActualStart ?? s.PlannedStart, SessionDates.End(s.PlannedStart, s.PlannedEnd, s.ActualStart, s.ActualEnd), s.HalfDays);
        return new SignInSheetModel("签到表", s.TownshipName + s.Name, DatesText(s), rows, sittings);
    }

    /// <summary>
    /// One ballot per election prepared or recorded for the session, in the order entered, then the
    /// livelihood-project ballot (民生实事项目票决票) when the session has candidate projects.
    /// </summary>
    public async Task<byte[]> BallotsAsync(CongressDbContext db, Guid sessionId, CancellationToken ct = default)
    {
        var s = await db.SessionDetailsAsync(sessionId, ct);
        if (s.Elections.Count == 0 && s.LivelihoodCandidates.Count == 0)
            throw new DomainValidationException([new("Elections", "本次会议还没有选举事项或民生实事候选项目，无法打印选票。")]);
        var ballots = s.Elections.Select(e => ElectionBallot(s, e)).ToList();
        if (s.LivelihoodCandidates.Count > 0) ballots.Add(ProjectBallot(s));
        return BallotDocument.Render(ballots, fonts);
    }

    /// <summary>
    /// The nominated candidates in the stated order (<see cref="SurnameStrokeOrder"/>, 姓氏笔画), one write-in row per seat,
    /// and the rule that voids a ballot marking more people than there are seats.
    /// </summary>
    public static BallotModel ElectionBallot(SessionDetails s, ElectionEntry e)
    {
        var seats = ChineseNumerals.Format(e.Seats);
        return new BallotModel(s.TownshipName + s.Name, $"{ElectionRounds.Titled(e.OfficeTitle, e.Round, e.Rounds)}选举票",
            $"应选{seats}名，{ElectionTallyRules.Label(e.Competition)}", "候选人", BallotOrder(e).Where(c => !c.WrittenIn).Select(c => c.Name).ToList(),
            ["同意", "不同意", "弃权"],
            [
                $"{SurnameStrokeOrder.RuleText}。",
                "在候选人姓名右侧对应的方格内划“○”；同意、不同意、弃权只能选一项。",
                "如另选他人，在“另选人”空格内写上其姓名，并在右侧“同意”方格内划“○”。",
                $"本次应选{seats}名，所选人数（同意的候选人和另选人合计）等于或少于应选人数的为有效票，所选人数多于应选人数的无效。",
            ],
            WriteInSlots: e.Seats);
    }

    /// <summary>Nominated candidates in the stated order, then the write-ins in the order recorded.</summary>
    private static IEnumerable<CandidateEntry> BallotOrder(ElectionEntry e) =>
        e.Candidates.Where(c => !c.WrittenIn).OrderBy(c => c.Name, SurnameStrokeOrder.Comparer).Concat(e.Candidates.Where(c => c.WrittenIn));

    /// <summary>Projects are counted in Arabic numerals ("应选10项"), as the lists and ballots of the townships write them.</summary>
    public static BallotModel ProjectBallot(SessionDetails s)
    {
        var rule = s.LivelihoodSeats is { } seats
            ? $"本次最多确定{seats}个项目：赞成票超过全体代表半数、且按赞成票多少排在前{seats}位的项目入选。"
            : "本次不限定入选项目数：赞成票超过全体代表半数的项目均入选。";
        var year = (s.ActualStart ?? s.PlannedStart).Year;
        var count = s.LivelihoodCandidates.Count;
        var lead = $"{year}年度民生实事项目　候选项目{count}项，" + (s.LivelihoodSeats is { } most ? $"最多确定{most}项" : "不限入选项目数");
        return new BallotModel(s.TownshipName + s.Name, $"{s.TownshipName}民生实事项目票决票",
            s.LivelihoodSeats is { } n ? $"应选{n}项" : "不限入选项目数",
            "候选项目", s.LivelihoodCandidates.Select(c => c.Name).ToList(), ["赞成", "反对", "弃权"],
            ["在每个项目后“赞成”“反对”“弃权”中选择一项，在相应的空格内划“○”；不划或多划的，视为弃权。", rule],
            // Unit and budget take a second line under every project: a long list flows onto a further page, where the
            // table's header is repeated, rather than leaving the voter without them.
            Lead: lead, CandidateNotes: s.LivelihoodCandidates.Select(ProjectNote).ToList());
    }

    /// <summary>"责任单位：镇交通办；估算投资：120万元" under the project's name: the voter sees who answers for it and what it costs.</summary>
    private static string ProjectNote(LivelihoodCandidateEntry c)
    {
        var details = new List<string>();
        if (c.OwnerUnit.Length > 0) details.Add($"责任单位：{c.OwnerUnit}");
        details.Add(c.EstimatedBudget is { } b ? $"估算投资：{b.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}万元" : "估算投资：未定");
        return string.Join("；", details);
    }

    public static SessionMinutesModel MinutesModel(SessionDetails s)
    {
        var a = s.Attendance;
        // Attendance adds up: a deputy never called counts as absent (未点名视为缺席), as opening records it.
        var attendance = new PrintAttendance(a.InOffice, a.Present, a.OnLeave, a.Absent + a.Unmarked, a.QuorumRequired, a.HasQuorum,
            s.Roll.Where(r => r.Status == AttendanceStatus.OnLeave).Select(r => new AbsenceNote(r.Name, r.LeaveReason)).ToList(),
            s.Roll.Where(r => r.Status is AttendanceStatus.Absent or AttendanceStatus.Unmarked).Select(r => r.Name).ToList());
        var chair = s.Presidium.FirstOrDefault(p => p.IsExecutiveChair);
        var members = s.Presidium.Where(p => !p.IsExecutiveChair).Select(p => p.Name).ToList();
        var presided = s.PresidedBy.Length > 0 ? s.PresidedBy : (chair, members.Count) switch
        {
            (null, 0) => "大会主席团",
            (null, _) => $"大会主席团（成员：{string.Join("、", members)}）",
            (_, 0) => $"大会执行主席{chair.Name}",
            _ => $"大会执行主席{chair.Name}；主席团成员{string.Join("、", members)}",
        };
        var majority = SessionRules.MajorityRequired(a.InOffice);
        var votes = s.Votes.Select(v => new MinutesVote(VoteTitle(v), v.For, v.Against, v.Abstain, v.NotVoting, v.Adopted,
            $"须获全体代表{v.DeputiesInOffice}人的过半数（{SessionRules.MajorityRequired(v.DeputiesInOffice)}票）赞成")).ToList();
        // Prepared elections have no results yet: the minutes tell only what was decided.
        var recorded = s.Elections.Where(e => e.Status == ElectionStatus.Recorded).ToList();
        var elections = recorded.Select(e => new MinutesElection(ElectionRounds.Titled(e.OfficeTitle, e.Round, e.Rounds), e.Seats,
            e.Candidates.Select(c => new CandidateVotes(c.Name, c.Votes)).ToList(),
            e.Candidates.Where(c => c.Elected).Select(c => c.Name).ToList(),
            ElectionTallyRules.Label(e.Competition), e.Candidates.Count(c => !c.WrittenIn),
            new MinutesTally(e.Scrutineers, e.Counters, e.BallotsIssued, e.BallotsIssued is null ? null : e.BallotsCast, e.BallotsValid, e.BallotsInvalid)))
            .ToList();
        var opinions = s.Agenda.Where(i => i.DeliberationOpinions.Length > 0).Select(i => new MinutesOpinion(i.Title, i.DeliberationOpinions)).ToList();
        var decisions = s.Votes.Where(v => v.Adopted).Select(v => $"通过了{VoteTitle(v)}（赞成{v.For}票，达到全体代表过半数{majority}票）。")
            .Concat(recorded.SelectMany(e => e.Candidates.Where(c => c.Elected).Select(c => $"选举{c.Name}为{e.OfficeTitle}。")))
            .ToList();
        var projects = ProjectVote(s);
        if (projects?.Projects.Where(p => p.Chosen).Select(p => p.Name).ToList() is { Count: > 0 } chosen)
            decisions.Add($"票决确定民生实事项目{chosen.Count}项：{string.Join("、", chosen)}。");
        return new SessionMinutesModel(s.TownshipName, s.TownshipName + s.Name, DatesText(s), s.Venue, presided, attendance,
            s.NonVotingAttendees, s.Agenda.Select(i => new MinutesAgendaItem(i.Order, i.Title, SessionLabels.Of(i.Kind))).ToList(),
            votes, elections, opinions, decisions,
            new DocumentSignature($"{s.TownshipName}人民代表大会主席团", ChineseDate.Format(SessionDates.End(s.PlannedStart, s.PlannedEnd, s.ActualStart, s.ActualEnd))),
            TextLines.Split(s.MinutesIntro), [.. TextLines.Split(s.MinutesClosing), .. CorrectionLines(s)], Projects: projects, RecordedBy: s.RecordedBy);
    }

    /// <summary>A re-vote is printed with its reason after the title: 关于…的决议（重新表决（原因））.</summary>
    private static string VoteTitle(VoteEntry v) => v.RevoteReason is { Length: > 0 } reason ? $"{v.Title}（{Revotes.Label(reason)}）" : v.Title;

    /// <summary>更正 made after closing: a heading line, then who changed what, when and why.</summary>
    private static IEnumerable<string> CorrectionLines(SessionDetails s) => s.Corrections.Count == 0 ? [] :
        s.Corrections.Select(c => SessionCorrections.Line(DateOnly.FromDateTime(ChineseDate.ToChinaTime(c.AtUtc)), c.ByUserName, c.Change, c.Reason))
            .Prepend($"更正：会议闭会后，本纪要所载记录更正{ChineseNumerals.Format(s.Corrections.Count)}处，均已记入操作日志：");

    /// <summary>The project vote for the minutes; null until its counts are recorded.</summary>
    private static MinutesProjectVote? ProjectVote(SessionDetails s)
    {
        var voted = s.LivelihoodCandidates.Where(c => c.For is not null).ToList();
        if (voted.Count == 0) return null;
        var inOffice = voted[0].DeputiesInOffice;
        var basis = $"赞成票超过全体代表{inOffice}人的半数（{SessionRules.MajorityRequired(inOffice)}票）"
            + (s.LivelihoodSeats is { } seats ? $"且按赞成票多少排在前{seats}位的项目入选" : "的项目入选");
        return new MinutesProjectVote(s.LivelihoodSeats, basis,
            voted.Select(c => new MinutesProject(c.Name, c.For ?? 0, c.Against ?? 0, c.Abstain ?? 0, c.Chosen)).ToList());
    }

    /// <summary>2026年3月8日至9日，会期2天 (or one day only).</summary>
    internal static string DatesText(SessionDetails s)
    {
        var start = s.ActualStart ?? s.PlannedStart;
        var end = SessionDates.End(s.PlannedStart, s.PlannedEnd, s.ActualStart, s.ActualEnd);
        return $"{SessionDates.Range(start, end)}，会期{s.LengthDays}天";
    }
}
