using Township.Congress.Model;

namespace Township.Congress.Sessions;

/// <summary>人民代表大会会议 — one session of a township congress, named by term and ordinal.</summary>
public class CongressSession : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid TermId { get; set; }

    /// <summary>第N次会议 within the term.</summary>
    public int Ordinal { get; set; }
    public SessionKind Kind { get; set; }
    public ExtraordinaryProposer? ProposedBy { get; set; }
    public DateOnly PlannedStart { get; set; }
    public DateOnly PlannedEnd { get; set; }
    public DateOnly? ActualStart { get; set; }
    public DateOnly? ActualEnd { get; set; }
    public string Venue { get; set; } = "";
    public SessionStatus Status { get; set; } = SessionStatus.Planned;

    /// <summary>Set when the session was opened without quorum; the reason is also in the audit.</summary>
    public string? QuorumOverrideReason { get; set; }

    /// <summary>列席人员, free text: officials attending without a vote.</summary>
    public string NonVotingAttendees { get; set; } = "";

    /// <summary>Prose the secretary adds to the minutes, before and after the structured record.</summary>
    public string MinutesIntro { get; set; } = "";
    public string MinutesClosing { get; set; } = "";

    /// <summary>主持人 as the minutes name them (e.g. "大会执行主席张建国"); empty: derived from the executive chair.</summary>
    public string PresidedBy { get; set; } = "";

    /// <summary>记录人: who kept the record the minutes are drawn from.</summary>
    public string RecordedBy { get; set; } = "";

    /// <summary>会期按半天安排: the sign-in sheet gets a 上午 and a 下午 signature column per day.</summary>
    public bool HalfDays { get; set; }

    /// <summary>How many livelihood projects are to be chosen (应选项目数), when the session fixes it; null: every project with a majority.</summary>
    public int? LivelihoodSeats { get; set; }

    public List<AgendaItem> Agenda { get; set; } = [];
    public List<SessionAttendance> Attendance { get; set; } = [];
    public List<SessionVote> Votes { get; set; } = [];
    public List<Election> Elections { get; set; } = [];
    public List<SessionPresidiumMember> Presidium { get; set; } = [];
    public List<LivelihoodCandidate> LivelihoodCandidates { get; set; } = [];

    /// <summary>更正 made after the session closed, in the order made.</summary>
    public List<SessionCorrection> Corrections { get; set; } = [];

    /// <summary>The day that decides who is on the roll: the actual start, else the planned one.</summary>
    public DateOnly RollDate => ActualStart ?? PlannedStart;

    public DateOnly Start => ActualStart ?? PlannedStart;
    public DateOnly End => SessionDates.End(PlannedStart, PlannedEnd, ActualStart, ActualEnd);

    /// <summary>Length in days, both ends included (the seeds complain of half-day sessions).</summary>
    public int LengthDays => SessionDates.Length(Start, End);
}
