using Township.Congress.Model;
using Township.Congress.Sessions;

namespace Township.Congress.Tests.Sessions;

/// <summary>
/// The session table: every state × action (and with the livelihood projects voted or not, and for a closed
/// session with or without an explicit 更正), written out here by hand.
/// </summary>
public class SessionWorkflowTests
{
    private const SessionStatus Planned = SessionStatus.Planned, InSession = SessionStatus.InSession, Closed = SessionStatus.Closed;

    /// <summary>The states each action is allowed in without a correction: (before any project vote, after one).</summary>
    private static readonly Dictionary<SessionAction, (SessionStatus[] NotVoted, SessionStatus[] Voted)> Expected = new()
    {
        [SessionAction.EditDetails] = ([Planned, InSession, Closed], [Planned, InSession, Closed]),
        [SessionAction.EditRoll] = ([Planned, InSession], [Planned, InSession]),
        [SessionAction.Open] = ([Planned], [Planned]),
        [SessionAction.Close] = ([InSession], [InSession]),
        // A closed session is read-only: these take a correction (see Correctable).
        [SessionAction.AddAgendaItem] = ([Planned, InSession], [Planned, InSession]),
        [SessionAction.EditAgendaItem] = ([Planned, InSession], [Planned, InSession]),
        [SessionAction.RecordOpinions] = ([Planned, InSession], [Planned, InSession]),
        [SessionAction.SetPresidium] = ([Planned, InSession], [Planned, InSession]),
        [SessionAction.RecordVote] = ([InSession], [InSession]),
        [SessionAction.EditVote] = ([InSession], [InSession]),
        [SessionAction.RecordElection] = ([InSession], [InSession]),
        [SessionAction.PrepareElection] = ([Planned, InSession], [Planned, InSession]),
        [SessionAction.EnterElectionResults] = ([InSession], [InSession]),
        [SessionAction.RemovePreparedElection] = ([Planned, InSession], [Planned, InSession]),
        // The list is fixed by the first count.
        [SessionAction.ChangeProjects] = ([Planned, InSession], []),
        [SessionAction.VoteProjects] = ([InSession], [InSession]),
        [SessionAction.Correct] = ([Closed], [Closed]),
    };

    /// <summary>What a closed session takes with an explicit correction: the record's contents, not the roll, the state or new ballots.</summary>
    private static readonly SessionAction[] Correctable =
    [
        SessionAction.AddAgendaItem, SessionAction.EditAgendaItem, SessionAction.RecordOpinions, SessionAction.SetPresidium,
        SessionAction.RecordVote, SessionAction.EditVote, SessionAction.RecordElection, SessionAction.EnterElectionResults,
        SessionAction.RemovePreparedElection, SessionAction.VoteProjects,
    ];

    public static TheoryData<SessionStatus, SessionAction, bool, bool> EveryCase()
    {
        var data = new TheoryData<SessionStatus, SessionAction, bool, bool>();
        foreach (var status in Enum.GetValues<SessionStatus>())
            foreach (var action in Enum.GetValues<SessionAction>())
                foreach (var voted in new[] { false, true })
                    foreach (var correcting in new[] { false, true })
                        data.Add(status, action, voted, correcting);
        return data;
    }

    [Theory, MemberData(nameof(EveryCase))]
    public void EachActionIsAllowedExactlyInItsStates(SessionStatus status, SessionAction action, bool projectsVoted, bool correcting)
    {
        var (notVoted, voted) = Expected[action];
        var allowed = (projectsVoted ? voted : notVoted).Contains(status)
            || (correcting && status == Closed && Correctable.Contains(action));
        var facts = new SessionFacts(status, projectsVoted, correcting);

        Assert.Equal(allowed, SessionWorkflow.Allows(facts, action));
        Assert.Equal(allowed, SessionWorkflow.Allowed(facts).Contains(action));
        var refusal = SessionWorkflow.Refusal(facts, action);
        if (allowed)
        {
            Assert.Null(refusal);
            SessionWorkflow.Ensure(facts, action);
        }
        else
        {
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", refusal);
            var thrown = Assert.Throws<DomainValidationException>(() => SessionWorkflow.Ensure(facts, action));
            Assert.Equal(refusal, Assert.Single(thrown.Errors).Message);
        }
    }

    [Fact]
    public void TheTableHereCoversEveryAction() =>
        Assert.Equal(Enum.GetValues<SessionAction>().Order(), Expected.Keys.Order());

    [Fact]
    public void RefusalsSayWhy()
    {
        Assert.Equal("会议尚未开幕，不能记录表决或选举结果。", SessionWorkflow.Refusal(new(Planned), SessionAction.RecordVote));
        Assert.Equal("会议已闭会，不能再修改点名。", SessionWorkflow.Refusal(new(Closed), SessionAction.EditRoll));
        Assert.Equal("会议已闭会，不能再准备选举。", SessionWorkflow.Refusal(new(Closed), SessionAction.PrepareElection));
        Assert.Equal("会议已闭会，记录不能再修改；确需修改的，请点“更正”并填写更正原因。", SessionWorkflow.Refusal(new(Closed), SessionAction.RecordVote));
        Assert.Equal("会议已闭会，记录不能再修改；确需修改的，请点“更正”并填写更正原因。", SessionWorkflow.Refusal(new(Closed, ProjectsVoted: true), SessionAction.VoteProjects));
        Assert.Contains("票决结果已记录", SessionWorkflow.Refusal(new(InSession, ProjectsVoted: true), SessionAction.ChangeProjects));
    }
}
