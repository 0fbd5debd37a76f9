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
    /// <summary>主持人 as printed; empty: the executive chair from the presidium tab.</summary>
    public string PresidedBy { get; set; } = "";
    public string RecordedBy { get; set; } = "";
    public bool HalfDays { get; set; }
}

/// <param name="PerDeputy">When given, each present deputy's choice; the counts are derived from it and the typed ones ignored.</param>
/// <param name="RevoteReason">Why the matter is voted again (复议/重新表决); required when it was already voted on, see <see cref="Revotes"/>.</param>
public sealed record VoteInput(string Title, VoteKind Kind, int For, int Against, int Abstain, Guid? AgendaItemId = null,
    IReadOnlyDictionary<Guid, VoteChoice>? PerDeputy = null, string? RevoteReason = null);

public sealed record CandidateInput(string Name, int Votes, Guid? DeputyId = null);

public sealed record ElectionInput(ElectionOffice Office, int Seats, int BallotsCast, IReadOnlyList<CandidateInput> Candidates,
    string? OfficeTitle = null, Guid? AgendaItemId = null);

/// <summary>The roll at a glance: what the quorum indicator shows.</summary>
public sealed record AttendanceSummary(int InOffice, int Present, int OnLeave, int Absent, int Unmarked)
{
    public int QuorumRequired => SessionRules.QuorumRequired(InOffice);
    public bool HasQuorum => SessionRules.HasQuorum(Present, InOffice);

    /// <summary>Counted from the roll as it stands (on the page, after every click).</summary>
    public static AttendanceSummary Of(IReadOnlyCollection<RollEntry> roll) => new(
        roll.Count,
        roll.Count(r => r.Status == AttendanceStatus.Present),
        roll.Count(r => r.Status == AttendanceStatus.OnLeave),
        roll.Count(r => r.Status == AttendanceStatus.Absent),
        roll.Count(r => r.Status == AttendanceStatus.Unmarked));
}

/// <summary>A candidate named on a prepared election's ballot; linked to a deputy when one is meant.</summary>
public sealed record NomineeInput(string Name, Guid? DeputyId = null);

/// <summary>An election fixed before the vote (office, seats, candidates) so its ballot can be printed.</summary>
public sealed record PreparedElectionInput(ElectionOffice Office, int Seats, IReadOnlyList<NomineeInput> Candidates,
    string? OfficeTitle = null, Guid? AgendaItemId = null);

/// <param name="Votes">Votes of every candidate on the ballot, by candidate id.</param>
/// <param name="WriteIns">Others written in on the ballots (另选人) who received votes.</param>
public sealed record ElectionResultsInput(int BallotsCast, IReadOnlyDictionary<Guid, int> Votes, IReadOnlyList<CandidateInput>? WriteIns = null);

/// <param name="EstimatedBudget">估算投资 in 万元.</param>
public sealed record LivelihoodCandidateInput(string Name, string Description = "", string OwnerUnit = "", decimal? EstimatedBudget = null,
    Guid? AgendaItemId = null);

/// <summary>One candidate project's counts (赞成/反对/弃权).</summary>
public sealed record LivelihoodCountsInput(Guid CandidateId, int For, int Against, int Abstain);
