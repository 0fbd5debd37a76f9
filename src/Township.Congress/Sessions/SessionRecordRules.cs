using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Sessions;

/// <summary>What opening asks for beyond the quorum: see <see cref="SessionOpening.Check"/>.</summary>
/// <param name="UnmarkedAsAbsent">The secretary confirmed "未点名视为缺席": deputies not yet called are recorded as absent.</param>
/// <param name="EarlyOpeningConfirmed">The secretary confirmed opening before the planned date.</param>
/// <param name="ActualStart">The day the session opens; today when not given.</param>
public sealed record OpenSessionInput(string? QuorumOverrideReason = null, bool UnmarkedAsAbsent = false,
    bool EarlyOpeningConfirmed = false, DateOnly? ActualStart = null);

/// <summary>
/// The checks before a session opens, pure, so the open dialog asks exactly what the service requires:
/// every deputy on the roll called (or the unmarked confirmed absent), so attendance adds up; the quorum
/// (or an override with a reason); and a confirmation when it opens before its planned date, which
/// stays as planned beside the actual one.
/// </summary>
public static class SessionOpening
{
    public static bool OpensEarly(DateOnly plannedStart, DateOnly actualStart) => actualStart < plannedStart;

    public static List<ValidationError> Check(AttendanceSummary roll, DateOnly plannedStart, DateOnly actualStart, OpenSessionInput input)
    {
        var errors = new List<ValidationError>();
        if (roll.InOffice == 0) errors.Add(new("Roll", ModelText.Session_RollBeforeOpening));
        if (roll.Unmarked > 0 && !input.UnmarkedAsAbsent)
            errors.Add(new("Roll", string.Format(ModelText.Session_UnmarkedDeputies, roll.Unmarked)));
        if (roll.InOffice > 0 && !roll.HasQuorum && string.IsNullOrWhiteSpace(input.QuorumOverrideReason))
            errors.Add(new("Quorum", string.Format(ModelText.Session_NoQuorumToOpen, roll.Present, roll.InOffice, roll.QuorumRequired)));
        if (OpensEarly(plannedStart, actualStart) && !input.EarlyOpeningConfirmed)
            errors.Add(new("ActualStart", string.Format(ModelText.Session_OpensBeforePlan, ChineseDate.Format(plannedStart), ChineseDate.Format(actualStart))));
        return errors;
    }
}

/// <summary>
/// Votes on one matter: a second vote on the same agenda item (or, without one, of the same title) is a
/// 复议/重新表决 and needs its reason; the minutes and the page label it so.
/// </summary>
public static class Revotes
{
    /// <summary>An earlier vote of this session is on the same matter as the one being recorded (<paramref name="self"/>: the vote being edited).</summary>
    public static bool IsRevote(IEnumerable<(Guid Id, Guid? AgendaItemId, string Title)> votes, Guid? agendaItemId, string title, Guid? self = null) =>
        votes.Any(v => v.Id != self && (self is null || v.Id.CompareTo(self.Value) < 0)
            && (agendaItemId is { } a ? v.AgendaItemId == a : string.Equals(v.Title.Trim(), title.Trim(), StringComparison.Ordinal)));

    public static ValidationError ReasonMissing(string title) =>
        new("RevoteReason", string.Format(ModelText.Vote_RevoteNeedsReason, title.Trim()));

    /// <summary>重新表决（原因）: shown beside the vote and printed after its title.</summary>
    public static string Label(string reason) => $"重新表决（{reason}）"; // Chinese by design: printed labels and lines of the minutes
}

/// <summary>Elections of the same office at one session are rounds: 第一轮, 第二轮, numbered in the order held.</summary>
public static class ElectionRounds
{
    /// <summary>Numbers the rounds of each office (by office and title, in the order the elections were entered).</summary>
    public static void Renumber(IEnumerable<Election> elections)
    {
        foreach (var office in elections.GroupBy(e => (e.Office, e.OfficeTitle)))
        {
            var round = 0;
            foreach (var e in office.OrderBy(e => e.Id)) e.Round = ++round;
        }
    }

    public static string Label(int round) => $"第{ChineseNumerals.Format(round)}轮"; // Chinese by design: printed labels and lines of the minutes

    /// <summary>The office as printed: with its round when the office was voted on in more than one round.</summary>
    public static string Titled(string officeTitle, int round, int rounds) => rounds > 1 ? $"{officeTitle}（{Label(round)}）" : officeTitle; // Chinese by design: printed labels and lines of the minutes
}

/// <summary>
/// 第N次会议: within a term, sessions are numbered by date. An opened session keeps its number; the one
/// opening takes the next after those already held; planned sessions follow, renumbered by planned date.
/// </summary>
public static class SessionNumbering
{
    public static Dictionary<Guid, int> Ordinals(IReadOnlyCollection<(Guid Id, bool Held, int Ordinal, DateOnly PlannedStart)> sessions, Guid? opening = null)
    {
        var result = sessions.Where(s => s.Held && s.Id != opening).ToDictionary(s => s.Id, s => s.Ordinal);
        var next = result.Count == 0 ? 1 : result.Values.Max() + 1;
        if (opening is { } o && sessions.Any(s => s.Id == o)) result[o] = next++;
        foreach (var s in sessions.Where(s => !result.ContainsKey(s.Id)).OrderBy(s => s.PlannedStart).ThenBy(s => s.Id))
            result[s.Id] = next++;
        return result;
    }
}

/// <summary>更正 of a closed session: what each correctable action is called in the minutes' correction lines.</summary>
public static class SessionCorrections
{
    public static string ChangeOf(SessionAction action) => action switch
    {
        SessionAction.AddAgendaItem => "增加议程", // Chinese by design: printed labels and lines of the minutes
        SessionAction.EditAgendaItem => "修改议程", // Chinese by design: printed labels and lines of the minutes
        SessionAction.RecordOpinions => "修改审议意见", // Chinese by design: printed labels and lines of the minutes
        SessionAction.SetPresidium => "修改主席团", // Chinese by design: printed labels and lines of the minutes
        SessionAction.RecordVote => "补录表决", // Chinese by design: printed labels and lines of the minutes
        SessionAction.EditVote => "修改表决", // Chinese by design: printed labels and lines of the minutes
        SessionAction.RecordElection => "补录选举", // Chinese by design: printed labels and lines of the minutes
        SessionAction.EnterElectionResults => "录入选举结果", // Chinese by design: printed labels and lines of the minutes
        SessionAction.RemovePreparedElection => "删除选举", // Chinese by design: printed labels and lines of the minutes
        SessionAction.VoteProjects => "录入民生实事票决结果", // Chinese by design: printed labels and lines of the minutes
        _ => "修改记录", // Chinese by design: printed labels and lines of the minutes
    };

    /// <summary>One line of the minutes: "2026年12月1日 town01 更正（修改表决）：原因。"</summary>
    public static string Line(DateOnly day, string who, string change, string reason) => $"{ChineseDate.Format(day)}，{who}更正（{change}），原因：{reason}"; // Chinese by design: printed labels and lines of the minutes
}
