using Township.Congress.Model;
using Township.Congress.Sessions;

namespace Township.Congress.Tests.Sessions;

/// <summary>The session table: every state × action (and with the livelihood projects voted or not), written out here by hand.</summary>
public class SessionWorkflowTests
{
    private const SessionStatus Planned = SessionStatus.Planned, InSession = SessionStatus.InSession, Closed = SessionStatus.Closed;

    /// <summary>The states each action is allowed in: (before any project vote, after one).</summary>
    private static readonly Dictionary<SessionAction, (SessionStatus[] NotVoted, SessionStatus[] Voted)> Expected = new()
    {
        [SessionAction.EditDetails] = ([Planned, InSession, Closed], [Planned, InSession, Closed]),
        [SessionAction.EditRoll] = ([Planned, InSession], [Planned, InSession]),
        [SessionAction.Open] = ([Planned], [Planned]),
        [SessionAction.Close] = ([InSession], [InSession]),
        [SessionAction.AddAgendaItem] = ([Planned, InSession, Closed], [Planned, InSession, Closed]),
        [SessionAction.RecordOpinions] = ([Planned, InSession, Closed], [Planned, InSession, Closed]),
        [SessionAction.SetPresidium] = ([Planned, InSession, Closed], [Planned, InSession, Closed]),
        [SessionAction.RecordVote] = ([InSession, Closed], [InSession, Closed]),
        [SessionAction.RecordElection] = ([InSession, Closed], [InSession, Closed]),
        [SessionAction.PrepareElection] = ([Planned, InSession], [Planned, InSession]),
        [SessionAction.EnterElectionResults] = ([InSession, Closed], [InSession, Closed]),
        [SessionAction.RemovePreparedElection] = ([Planned, InSession, Closed], [Planned, InSession, Closed]),
        // The list is fixed by the first count; after closing the counts may be entered once, not corrected.
        [SessionAction.ChangeProjects] = ([Planned, InSession, Closed], []),
        [SessionAction.VoteProjects] = ([InSession, Closed], [InSession]),
    };

    public static TheoryData<SessionStatus, SessionAction, bool> EveryCase()
    {
        var data = new TheoryData<SessionStatus, SessionAction, bool>();
        foreach (var status in Enum.GetValues<SessionStatus>())
            foreach (var action in Enum.GetValues<SessionAction>())
                foreach (var voted in new[] { false, true })
                    data.Add(status, action, voted);
        return data;
    }

    [Theory, MemberData(nameof(EveryCase))]
    public void EachActionIsAllowedExactlyInItsStates(SessionStatus status, SessionAction action, bool projectsVoted)
    {
        var (notVoted, voted) = Expected[action];
        var allowed = (projectsVoted ? voted : notVoted).Contains(status);
        var facts = new SessionFacts(status, projectsVoted);

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
        Assert.Equal("会议已闭会，票决结果不能再修改。", SessionWorkflow.Refusal(new(Closed, ProjectsVoted: true), SessionAction.VoteProjects));
        Assert.Contains("票决结果已记录", SessionWorkflow.Refusal(new(InSession, ProjectsVoted: true), SessionAction.ChangeProjects));
    }
}
