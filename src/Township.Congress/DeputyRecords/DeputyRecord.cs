using Township.Congress.Activities;
using Township.Congress.Deputies;
using Township.Congress.Sessions;
using Township.Congress.Suggestions;
using Township.Congress.VoterReports;

namespace Township.Congress.DeputyRecords;

/// <summary>
/// 履职档案: one deputy's record over a year (to a quarter's end when asked) or the whole term,
/// derived from what is recorded elsewhere — nothing is typed twice.
/// THIS IS THE CONTRACT THE PDFs READ (履职档案 and 亮分表, Reports/Documents/DeputyRecords):
/// add fields if you must, never rename or remove one.
/// </summary>
public sealed record DeputyRecord(
    Guid DeputyId, Guid TownshipId, string Name, string NameSortKey, DeputyStatus Status, Guid? GroupId, string Constituency,
    RecordPeriod Period,
    DeputyRecordCounts Counts,
    IReadOnlyList<SessionLine> Sessions,
    IReadOnlyList<ActivityKindCount> ActivityKinds,
    IReadOnlyList<ActivityLine> Activities,
    IReadOnlyList<SuggestionLine> Suggestions,
    IReadOnlyList<ReceptionLine> Receptions,
    IReadOnlyList<ContactLine> Contacts,
    IReadOnlyList<ReportLine> Reports,
    IReadOnlyList<DeclaredLine> Declared,
    IReadOnlyList<MonthActivity> Calendar,
    DeputyPoints? Points,
    IReadOnlyList<DeputyFlag> Flags,
    IReadOnlyList<StatusLine> StatusHistory);

/// <summary>The span a record covers: a calendar year (cut at a quarter's end when <see cref="Quarter"/> is set) or a term.</summary>
public sealed record RecordPeriod(DateOnly From, DateOnly To, int? Year, int? Quarter)
{
    public static RecordPeriod OfYear(int year, int? quarter = null) =>
        new(new DateOnly(year, 1, 1), quarter is { } q ? new DateOnly(year, q * 3, 1).AddMonths(1).AddDays(-1) : new DateOnly(year, 12, 31), year, quarter);

    public static RecordPeriod OfTerm(int startYear, int endYear) => new(new DateOnly(startYear, 1, 1), new DateOnly(endYear, 12, 31), null, null);

    public bool Contains(DateOnly day) => day >= From && day <= To;
}

/// <summary>Every count of the record, as the township list and the 亮分表 show it.</summary>
public sealed record DeputyRecordCounts(
    int SessionsHeld, int SessionsAttended, int SessionsOnLeave, int SessionsAbsent,
    int ActivitiesAttended, int ActivitiesOnLeave, int ActivitiesAbsent,
    int InspectionsAttended, int Trainings, int GroupActivities, int MeetingsAttended,
    int OpinionsVoiced,
    int SuggestionsLed, int SuggestionsCoSigned,
    int PersonTimes, int ReceptionDays, int OwnContacts,
    int ReportsToVoters, int ReportsInTerm, int DeclaredApproved,
    int DaysOnDuty, int AbsentHalfDays, int AbsentDays);

/// <summary>One session held while the deputy was in office, and the deputy's roll status at it.</summary>
public sealed record SessionLine(Guid SessionId, string Name, DateOnly Start, DateOnly End, AttendanceStatus Status, string StatusLabel, string LeaveReason);

public sealed record ActivityKindCount(ActivityKind Kind, string Label, int Attended, int OnLeave, int Absent);

/// <summary>One held activity the deputy was planned for, with the attendance and the opinions the deputy voiced in it.</summary>
public sealed record ActivityLine(Guid ActivityId, ActivityKind Kind, string KindLabel, string Subject, DateOnly StartsOn, DateOnly EndsOn,
    AttendanceStatus Status, string StatusLabel, int OpinionsVoiced);

/// <summary>A suggestion or motion the deputy led or co-signed, with its state and the lead deputy's satisfaction.</summary>
public sealed record SuggestionLine(Guid SuggestionId, string Number, string Title, SuggestionKind Kind, string KindLabel, bool IsLead,
    SuggestionState State, string StateLabel, Satisfaction? LeadSatisfaction, string SatisfactionLabel, DateOnly SubmittedOn);

/// <summary>A reception day the deputy was on duty, with the visitors received that day.</summary>
public sealed record ReceptionLine(Guid ReceptionDayId, DateOnly Date, int Visitors);

public sealed record ContactLine(Guid ContactId, DateOnly Date, int Constituents, string Way, string Raised);

public sealed record ReportLine(Guid ReportId, DateOnly ReportedOn, string Place, int Audience, VoterRating? Result, string ResultLabel);

public sealed record DeclaredLine(Guid Id, DateOnly Date, DeclaredItemKind Kind, string KindLabel, string Text, DeclaredItemState State,
    string StateLabel, string DecidedBy, DateOnly? DecidedOn, string DecisionNote, long Version);

/// <summary>A month of the calendar with how many things were recorded in it (0 months are listed too).</summary>
public sealed record MonthActivity(int Year, int Month, int Items);

public sealed record StatusLine(DateOnly EffectiveOn, DeputyStatus From, DeputyStatus To, string FromLabel, string ToLabel, string Reason);

/// <summary>履职积分: the base, one line per kind, the total, band and rank; <see cref="Frozen"/> when read from a frozen year.</summary>
public sealed record DeputyPoints(int Base, IReadOnlyList<PointsLine> Lines, int Total, PointsBand Band, string BandLabel, int Rank, bool Frozen);

/// <summary>One line of the breakdown: how many items, the points each, the cap (0 = none) and the points it gives (negative for deductions).</summary>
public sealed record PointsLine(PointsKind Kind, string Label, int Count, int PerItem, int Cap, int Points);

/// <summary>A flag with the rule it stands for, the threshold filled in (shown wherever the flag shows).</summary>
public sealed record DeputyFlag(DeputyFlagKind Kind, string Label, string Rule);

/// <summary>One row of the township list: the record without its items.</summary>
public sealed record DeputyRecordRow(Guid DeputyId, string Name, DeputyStatus Status, Guid? GroupId, DeputyRecordCounts Counts,
    int? Total, PointsBand? Band, string BandLabel, int? Rank, IReadOnlyList<DeputyFlag> Flags)
{
    public static DeputyRecordRow Of(DeputyRecord r) => new(r.DeputyId, r.Name, r.Status, r.GroupId, r.Counts, r.Points?.Total, r.Points?.Band,
        r.Points?.BandLabel ?? "", r.Points?.Rank, r.Flags);
}
