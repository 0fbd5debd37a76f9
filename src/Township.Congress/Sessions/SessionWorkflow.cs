using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Sessions;

/// <summary>What a secretary does with a session; <see cref="SessionWorkflow"/> says when each is allowed.</summary>
public enum SessionAction
{
    /// <summary>会议信息: kind, dates, venue, minutes text.</summary>
    EditDetails,
    /// <summary>生成点名册, 点名.</summary>
    EditRoll,
    /// <summary>开幕.</summary>
    Open,
    /// <summary>闭幕.</summary>
    Close,
    AddAgendaItem,
    /// <summary>An agenda item's kind and title changed, the item removed or moved up or down.</summary>
    EditAgendaItem,
    /// <summary>审议意见 on an agenda item.</summary>
    RecordOpinions,
    SetPresidium,
    /// <summary>表决 (决议/决定).</summary>
    RecordVote,
    /// <summary>A vote's counts or title changed, or the vote removed.</summary>
    EditVote,
    /// <summary>An election entered with its votes at once.</summary>
    RecordElection,
    /// <summary>An election fixed before the vote (office, seats, candidates), or changed while still prepared.</summary>
    PrepareElection,
    /// <summary>The results of a prepared election.</summary>
    EnterElectionResults,
    RemovePreparedElection,
    /// <summary>民生实事 candidate projects and the number to choose.</summary>
    ChangeProjects,
    /// <summary>民生实事项目票决: the counts of all projects at once, or their correction.</summary>
    VoteProjects,
    /// <summary>更正: start changing a closed session's record, with a reason.</summary>
    Correct,
}

/// <summary>What the workflow needs to know about a session.</summary>
/// <param name="ProjectsVoted">Some livelihood project already has its counts.</param>
/// <param name="Correcting">The change is an explicit 更正 of a closed session, with its reason.</param>
public sealed record SessionFacts(SessionStatus Status, bool ProjectsVoted = false, bool Correcting = false);

/// <summary>
/// The session's lifecycle as a table: which actions are allowed in which state, and the reason
/// when not. The service refuses what is not allowed here; pages ask the same table what to offer.
/// </summary>
public static class SessionWorkflow
{
    private static string NotOpenYet => ModelText.SessionWorkflow_NotOpenYet;
    private static string ReadOnly => ModelText.SessionWorkflow_ClosedReadOnly;

    /// <summary>What a closed session still takes as an explicit 更正 (with a reason, printed in the minutes); nothing else changes.</summary>
    public static bool IsCorrectable(SessionAction action) => action is SessionAction.AddAgendaItem or SessionAction.EditAgendaItem
        or SessionAction.RecordOpinions or SessionAction.SetPresidium or SessionAction.RecordVote or SessionAction.EditVote
        or SessionAction.RecordElection or SessionAction.EnterElectionResults or SessionAction.RemovePreparedElection
        or SessionAction.VoteProjects;

    /// <summary>Null when <paramref name="action"/> is allowed; otherwise why not, in Chinese.</summary>
    public static string? Refusal(SessionFacts session, SessionAction action) => (action, session.Status) switch
    {
        (SessionAction.EditRoll, SessionStatus.Closed) => ModelText.SessionWorkflow_ClosedRoll,
        (SessionAction.Open, not SessionStatus.Planned) => ModelText.SessionWorkflow_OnlyPreparingOpens,
        (SessionAction.Close, not SessionStatus.InSession) => ModelText.SessionWorkflow_OnlyOpenCloses,
        (SessionAction.Correct, not SessionStatus.Closed) => ModelText.SessionWorkflow_NoCorrectionWhileOpen,
        (SessionAction.RecordVote or SessionAction.EditVote or SessionAction.RecordElection or SessionAction.EnterElectionResults
            or SessionAction.VoteProjects, SessionStatus.Planned) => NotOpenYet,
        (SessionAction.PrepareElection, SessionStatus.Closed) => ModelText.SessionWorkflow_ClosedElections,
        (SessionAction.ChangeProjects, SessionStatus.Closed) => ReadOnly,
        // A closed session is read-only: only an explicit correction, with a reason, changes its record.
        (_, SessionStatus.Closed) when IsCorrectable(action) && !session.Correcting => ReadOnly,
        (SessionAction.ChangeProjects, _) when session.ProjectsVoted => ModelText.SessionWorkflow_LivelihoodVoted,
        _ => null,
    };

    public static bool Allows(SessionFacts session, SessionAction action) => Refusal(session, action) is null;

    public static IReadOnlyList<SessionAction> Allowed(SessionFacts session) =>
        Enum.GetValues<SessionAction>().Where(a => Allows(session, a)).ToList();

    /// <summary>Throws the refusal as a validation error on the session's status.</summary>
    public static void Ensure(SessionFacts session, SessionAction action)
    {
        if (Refusal(session, action) is { } why)
            throw new DomainValidationException([new(action == SessionAction.ChangeProjects ? "Candidates" : "Status", why)]);
    }
}
