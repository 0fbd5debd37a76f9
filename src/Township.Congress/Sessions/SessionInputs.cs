namespace Township.Congress.Sessions;

public sealed class SessionInput
{
    public SessionKind Kind { get; set; } = SessionKind.Regular;
    public ExtraordinaryProposer? ProposedBy { get; set; }
    public DateOnly PlannedStart { get; set; }
    public DateOnly PlannedEnd { get; set; }
    public string Venue { get; set; } = "";
    public string NonVotingAttendees { get; set; } = "";
    public string MinutesIntro { get; set; } = "";
    public string MinutesClosing { get; set; } = "";
}

/// <param name="PerDeputy">When given, each present deputy's choice; the counts are derived from it and the typed ones ignored.</param>
public sealed record VoteInput(string Title, VoteKind Kind, int For, int Against, int Abstain, Guid? AgendaItemId = null,
    IReadOnlyDictionary<Guid, VoteChoice>? PerDeputy = null);

public sealed record CandidateInput(string Name, int Votes, Guid? DeputyId = null);

public sealed record ElectionInput(ElectionOffice Office, int Seats, int BallotsCast, IReadOnlyList<CandidateInput> Candidates,
    string? OfficeTitle = null, Guid? AgendaItemId = null);

/// <summary>The roll at a glance: what the quorum indicator shows.</summary>
public sealed record AttendanceSummary(int InOffice, int Present, int OnLeave, int Absent, int Unmarked)
{
    public int QuorumRequired => SessionRules.QuorumRequired(InOffice);
    public bool HasQuorum => SessionRules.HasQuorum(Present, InOffice);
}
