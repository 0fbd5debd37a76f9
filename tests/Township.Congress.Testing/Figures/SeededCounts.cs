using Microsoft.EntityFrameworkCore;
using Township.Congress.Activities;
using Township.Congress.Appraisals;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Figures;
using Township.Congress.Formatting;
using Township.Congress.LivelihoodProjects;
using Township.Congress.Petitions;
using Township.Congress.Rules;
using Township.Congress.Sessions;
using Township.Congress.Suggestions;
using Township.Congress.VoterContact;
using Township.Congress.VoterReports;

namespace Township.Congress.Testing.Figures;

/// <summary>
/// The year figures of a seeded county (docs/figures.md) counted again from the loaded records one by one in plain LINQ, never
/// through the figure queries, so a set-based query that groups wrongly or filters the wrong year, or a page that shows another
/// number, disagrees with it. The model tests and the HTTP tests compare every road a figure takes to people with it.
/// </summary>
/// <remarks><see cref="TownshipYearFigures.DeputiesFlagged"/> is rolled up and not counted here (FigureRollupTests checks it).</remarks>
public sealed class SeededCounts
{
    private static readonly char[] NameSeparators = ['、', '，', ',', '；', ';', '\n', '\r'];

    private SeededCounts()
    {
    }

    public Guid CountyId { get; private init; }
    public CountyRules Rules { get; private init; } = CountyRules.Defaults;
    public DateOnly Today { get; private init; }
    public IReadOnlyList<Places.Township> Townships { get; private init; } = [];

    private List<Deputy> Deputies { get; init; } = [];
    private List<CongressSession> Sessions { get; init; } = [];
    private List<PresidiumMeetings.PresidiumMeeting> Meetings { get; init; } = [];
    private List<Activity> Activities { get; init; } = [];
    private List<ConstituentContact> Contacts { get; init; } = [];
    private List<ReceptionDay> Days { get; init; } = [];
    private List<VoterReport> Reports { get; init; } = [];
    private List<Appraisal> Appraisals { get; init; } = [];
    private List<LivelihoodProject> Projects { get; init; } = [];
    private List<Petition> Petitions { get; init; } = [];
    private List<Suggestion> Suggestions { get; init; } = [];

    /// <summary>Every record the figures read, of the one county in the database (the demo county).</summary>
    public static async Task<SeededCounts> LoadAsync(CongressDbContext db)
    {
        var county = await db.Counties.AsNoTracking().SingleAsync();
        return new SeededCounts
        {
            CountyId = county.Id,
            Rules = await new CountyRulesService(db).ForCountyAsync(county.Id),
            Today = ChineseDate.TodayInChina(db.Clock),
            Townships = await db.Townships.AsNoTracking().Where(t => t.CountyId == county.Id).OrderBy(t => t.Number).ToListAsync(),
            Deputies = await db.Deputies.AsNoTracking().ToListAsync(),
            Sessions = await db.Sessions.AsNoTracking().Include(s => s.Attendance).ToListAsync(),
            Meetings = await db.PresidiumMeetings.AsNoTracking().ToListAsync(),
            Activities = await db.Activities.AsNoTracking().Include(a => a.Participants).ToListAsync(),
            Contacts = await db.ConstituentContacts.AsNoTracking().ToListAsync(),
            Days = await db.ReceptionDays.AsNoTracking().Include(d => d.Duties).Include(d => d.Visits).ToListAsync(),
            Reports = await db.VoterReports.AsNoTracking().ToListAsync(),
            Appraisals = await db.Appraisals.AsNoTracking().Include(a => a.Subjects).ToListAsync(),
            Projects = await db.LivelihoodProjects.AsNoTracking().ToListAsync(),
            Petitions = await db.Petitions.AsNoTracking().ToListAsync(),
            Suggestions = await db.Suggestions.AsNoTracking().ToListAsync(),
        };
    }

    /// <summary>The figures one township's records give for a year, counted here.</summary>
    public TownshipYearFigures Expected(Guid townshipId, int year)
    {
        var township = Townships.Single(t => t.Id == townshipId);
        bool InYear(DateOnly d) => d.Year == year;
        var counted = Deputies.Where(d => d.TownshipId == townshipId && (d.Status == DeputyStatus.InOffice || d.StatusSince.Year >= year)
            && (d.TookOfficeOn is null || d.TookOfficeOn.Value.Year <= year)).Select(d => d.Id).ToHashSet();
        var held = Sessions.Where(s => s.TownshipId == townshipId && s.Status != SessionStatus.Planned && s.ActualStart is { } a && InYear(a)).ToList();
        var meetings = Meetings.Where(m => m.TownshipId == townshipId && InYear(m.Date)).ToList();
        var activities = Activities.Where(a => a.TownshipId == townshipId && a.Status == ActivityStatus.Held && InYear(a.StartsOn)).ToList();
        int Present(Activity a) => a.Participants.Count(p => p.Status == AttendanceStatus.Present);
        var trainings = activities.Where(a => a.Kind == ActivityKind.Training).ToList();
        var days = Days.Where(d => d.TownshipId == townshipId && InYear(d.Date)).ToList();
        var reports = Reports.Where(r => r.TownshipId == townshipId && InYear(r.ReportedOn)).ToList();
        var appraisals = Appraisals.Where(a => a.TownshipId == townshipId && a.Year == year).ToList();
        var grades = appraisals.Where(a => a.State == AppraisalState.Published).SelectMany(a => a.Subjects)
            .Select(s => SatisfactionRule.Grade(s.Satisfied, s.BasicallySatisfied, s.Unsatisfied, Rules)).ToList();
        var projects = Projects.Where(p => p.TownshipId == townshipId && p.Year == year).ToList();
        var petitions = Petitions.Where(p => p.TownshipId == townshipId && InYear(p.ReceivedOn)).ToList();
        return new TownshipYearFigures(townshipId, township.Name, township.Number, year)
        {
            DeputiesInOffice = counted.Count,
            SessionsHeld = held.Count,
            SessionRoll = held.Sum(s => s.Attendance.Count),
            SessionPresent = held.Sum(s => s.Attendance.Count(a => a.Status == AttendanceStatus.Present)),
            PresidiumMeetings = meetings.Count,
            PresidiumAttendees = meetings.Sum(m => Names(m.Attendees)),
            PresidiumAbsentees = meetings.Sum(m => Names(m.Absentees)),
            ActivitiesHeld = activities.Count,
            ActivityPersonTimes = activities.Sum(Present),
            ByKind = activities.GroupBy(a => a.Kind).OrderBy(g => g.Key).Select(g => new KindFigures(g.Key, g.Count(), g.Sum(Present))).ToList(),
            Trainings = trainings.Count,
            DeputiesTrained = trainings.SelectMany(a => a.Participants).Where(p => p.Status == AttendanceStatus.Present).Select(p => p.DeputyId).Distinct().Count(),
            VoterContactPersonTimes = counted.Sum(id => Contacts.Where(c => c.DeputyId == id && InYear(c.Date)).Sum(c => c.Constituents)
                + days.Where(d => d.Duties.Any(x => x.DeputyId == id)).Sum(d => d.Visits.Count)),
            ReceptionDays = days.Count,
            ReceptionVisitors = days.Sum(d => d.Visits.Count),
            VoterReports = reports.Count,
            DeputiesReported = reports.Select(r => r.DeputyId).Distinct().Count(),
            Appraisals = appraisals.Count,
            AppraisalsPublished = appraisals.Count(a => a.State == AppraisalState.Published),
            SubjectsSatisfied = grades.Count(g => g == SatisfactionGrade.Satisfied),
            SubjectsBasicallySatisfied = grades.Count(g => g == SatisfactionGrade.BasicallySatisfied),
            SubjectsUnsatisfied = grades.Count(g => g == SatisfactionGrade.Unsatisfied),
            LivelihoodProjects = projects.Count,
            LivelihoodCompleted = projects.Count(p => p.State == LivelihoodProjectState.Completed),
            LivelihoodCarriedOver = projects.Count(p => p.State == LivelihoodProjectState.CarriedOver),
            Petitions = petitions.Count,
            PetitionsFinished = petitions.Count(p => p.State == PetitionState.Finished),
            PetitionsFinishedOnTime = petitions.Count(p => p.State == PetitionState.Finished && p.FinishedOn <= p.FinishBy.AddDays(p.ExtensionDays)),
            PetitionsOverdue = petitions.Count(p => (p.State == PetitionState.Received && Today > p.DecideBy)
                || (p.State == PetitionState.Accepted && Today > p.FinishBy.AddDays(p.ExtensionDays))),
            Suggestions = SuggestionsOf(townshipId, year),
        };
    }

    /// <summary>The suggestion figures of docs/suggestion-figures.md, counted over the items themselves (not their figure rows).</summary>
    private SuggestionFigures SuggestionsOf(Guid townshipId, int year)
    {
        var rows = Suggestions.Where(s => s.TownshipId == townshipId && s.Year == year).ToList();
        var counted = rows.Where(s => s.State != SuggestionState.Merged).ToList();
        var answered = counted.Where(s => s.FirstAnsweredOn != null).ToList();
        return new SuggestionFigures(
            RawReceived: rows.Count(s => s.MergedSourceCount == 0),
            Received: counted.Count,
            MergedItems: counted.Count(s => s.MergedSourceCount > 0),
            Assigned: counted.Count(s => s.FirstAssignedOn != null),
            Answered: answered.Count,
            AnsweredOnTime: answered.Count(s => s.FirstDeadline is { } d && s.FirstAnsweredOn <= d),
            WithFeedback: counted.Count(s => s.LeadSatisfaction != null),
            Satisfied: counted.Count(s => s.LeadSatisfaction is Satisfaction.Satisfied or Satisfaction.BasicallySatisfied),
            Closed: counted.Count(s => s.State == SuggestionState.Closed),
            Implemented: counted.Count(s => s.State == SuggestionState.Closed && s.Implementation == Implementation.Implemented),
            PartlyImplemented: counted.Count(s => s.State == SuggestionState.Closed && s.Implementation == Implementation.PartlyImplemented),
            Overdue: counted.Count(s => s.State is SuggestionState.Assigned or SuggestionState.Handling && s.Deadline is { } d && d < Today))
        {
            AnsweredClassA = answered.Count(s => s.AnswerClass == AnswerClass.A),
            AnsweredClassB = answered.Count(s => s.AnswerClass == AnswerClass.B),
            AnsweredClassC = answered.Count(s => s.AnswerClass == AnswerClass.C),
        };
    }

    private static int Names(string? text) => (text ?? "").Split(NameSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// Asserts that <paramref name="actual"/> shows every counted figure of <paramref name="expected"/> (the rolled-up
    /// <see cref="TownshipYearFigures.DeputiesFlagged"/> aside), naming the township and year on a difference.
    /// </summary>
    public static void AssertSame(TownshipYearFigures expected, TownshipYearFigures actual)
    {
        var where = $"{expected.TownshipName} {expected.Year}";
        Assert.True(expected.ByKind.SequenceEqual(actual.ByKind), $"{where}: by kind {string.Join(",", actual.ByKind)} ≠ {string.Join(",", expected.ByKind)}");
        var shown = actual with { ByKind = expected.ByKind, DeputiesFlagged = null, DeputiesFlaggedAsOfUtc = null };
        Assert.True(expected == shown, $"{where}:\nexpected {expected}\nactual   {shown}");
    }
}
