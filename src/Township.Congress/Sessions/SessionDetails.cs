namespace Township.Congress.Sessions;

/// <summary>A session as the API and the minutes read it: everything recorded, names resolved.</summary>
public sealed record SessionDetails(
    Guid Id, Guid TownshipId, string TownshipName, int TermOrdinal, int Ordinal, string Name, SessionKind Kind,
    ExtraordinaryProposer? ProposedBy, SessionStatus Status, DateOnly PlannedStart, DateOnly PlannedEnd,
    DateOnly? ActualStart, DateOnly? ActualEnd, int LengthDays, string Venue, string? QuorumOverrideReason,
    string NonVotingAttendees, string MinutesIntro, string MinutesClosing,
    AttendanceSummary Attendance, IReadOnlyList<RollEntry> Roll, IReadOnlyList<AgendaEntry> Agenda,
    IReadOnlyList<VoteEntry> Votes, IReadOnlyList<ElectionEntry> Elections, IReadOnlyList<PresidiumEntry> Presidium,
    int? LivelihoodSeats, IReadOnlyList<LivelihoodCandidateEntry> LivelihoodCandidates, long Version,
    string PresidedBy = "", string RecordedBy = "", bool HalfDays = false)
{
    /// <summary>更正 made after the session closed, in the order made.</summary>
    public IReadOnlyList<CorrectionEntry> Corrections { get; init; } = [];
}

/// <summary>One 更正 of a closed session: what was changed, why, by whom, when.</summary>
public sealed record CorrectionEntry(string Change, string Reason, string ByUserName, DateTime AtUtc);

/// <summary>
/// One deputy on the roll: read by the API and the minutes, and marked in place by the roll-call tab
/// (so <see cref="Status"/> and <see cref="LeaveReason"/> can change while the page shows it).
/// </summary>
public sealed record RollEntry(Guid DeputyId, string Name, string? Group, AttendanceStatus Status, string LeaveReason)
{
    public AttendanceStatus Status { get; set; } = Status;
    public string LeaveReason { get; set; } = LeaveReason;

    /// <summary>Village or work unit: tells two deputies of the same name apart.</summary>
    public string Detail { get; init; } = "";
}

public sealed record AgendaEntry(Guid Id, int Order, AgendaItemKind Kind, string Title, string DeliberationOpinions, long Version);

public sealed record VoteEntry(Guid Id, string Title, VoteKind Kind, int For, int Against, int Abstain, int NotVoting,
    int DeputiesInOffice, int Present, bool Adopted, bool RecordedPerDeputy = false, string? RevoteReason = null);

/// <param name="Status">Prepared elections carry their candidates only: no votes, nobody elected.</param>
/// <param name="Scrutineers">监票人; with 计票人 and the ballot counts (null until recorded), the election's 计票情况.</param>
public sealed record ElectionEntry(Guid Id, ElectionOffice Office, string OfficeTitle, int Seats, int DeputiesInOffice,
    int BallotsCast, IReadOnlyList<CandidateEntry> Candidates, ElectionStatus Status = ElectionStatus.Recorded,
    string Scrutineers = "", string Counters = "", int? BallotsIssued = null, int? BallotsValid = null, int? BallotsInvalid = null)
{
    /// <summary>第N轮 of this office at the session; <see cref="Rounds"/>: how many the office had.</summary>
    public int Round { get; init; } = 1;
    public int Rounds { get; init; } = 1;

    /// <summary>等额 or 差额, from the nominated candidates against the seats.</summary>
    public ElectionCompetition Competition => ElectionTallyRules.Competition(Candidates.Count(c => !c.WrittenIn), Seats);
}

public sealed record CandidateEntry(string Name, int Votes, bool Elected, bool WrittenIn = false);

/// <summary>A candidate livelihood project in ballot order; the counts are null until the vote is recorded.</summary>
/// <param name="EstimatedBudget">估算投资 in 万元.</param>
/// <param name="DeputiesInOffice">All deputies on the roll when the vote was recorded (0 before): the base of the majority.</param>
public sealed record LivelihoodCandidateEntry(Guid Id, int Order, string Name, string Description, string OwnerUnit,
    decimal? EstimatedBudget, int? For, int? Against, int? Abstain, int DeputiesInOffice, bool Chosen, long Version);

public sealed record PresidiumEntry(Guid DeputyId, string Name, bool IsExecutiveChair);

/// <summary>One row of the session list.</summary>
public sealed record SessionListItem(Guid Id, Guid TownshipId, string Name, SessionKind Kind, SessionStatus Status,
    DateOnly PlannedStart, DateOnly PlannedEnd, DateOnly? ActualStart, DateOnly? ActualEnd, int LengthDays, string Venue)
{
    /// <summary>As held when known, else as planned (as <see cref="CongressSession.Start"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore] public DateOnly Start => ActualStart ?? PlannedStart;
    [System.Text.Json.Serialization.JsonIgnore] public DateOnly End => SessionDates.End(PlannedStart, PlannedEnd, ActualStart, ActualEnd);
}
