using Township.Congress.Activities;
using Township.Congress.Suggestions;

namespace Township.Congress.Figures;

/// <summary>Held activities of one kind in a year and the person-times they counted.</summary>
public sealed record KindFigures(ActivityKind Kind, int Held, int PersonTimes);

/// <summary>
/// One township's figures for one year, each defined once in docs/figures.md. Every page, export and report that shows one of
/// these numbers reads it from here (<see cref="FigureQueries.FiguresAsync(Data.CongressDbContext, FigureScope, int, CancellationToken)"/>).
/// </summary>
public sealed record TownshipYearFigures(Guid TownshipId, string TownshipName, int Number, int Year)
{
    /// <summary>Deputies in office at some time in the year (<see cref="Deputies.DeputyYears.InOfficeDuring"/>): the denominator of the deputy shares.</summary>
    public int DeputiesInOffice { get; init; }

    public int SessionsHeld { get; init; }
    public int SessionRoll { get; init; }
    public int SessionPresent { get; init; }
    public Rate SessionAttendance => new(SessionPresent, SessionRoll);

    public int PresidiumMeetings { get; init; }
    public int PresidiumAttendees { get; init; }
    public int PresidiumAbsentees { get; init; }
    public Rate PresidiumAttendance => new(PresidiumAttendees, PresidiumAttendees + PresidiumAbsentees);

    public int ActivitiesHeld { get; init; }
    public int ActivityPersonTimes { get; init; }
    public IReadOnlyList<KindFigures> ByKind { get; init; } = [];

    public int Trainings { get; init; }
    public int DeputiesTrained { get; init; }
    public Rate TrainingRate => new(DeputiesTrained, DeputiesInOffice);

    public int VoterContactPersonTimes { get; init; }
    public int ReceptionDays { get; init; }
    public int ReceptionVisitors { get; init; }

    public int VoterReports { get; init; }
    public int DeputiesReported { get; init; }
    public Rate VoterReportShare => new(DeputiesReported, DeputiesInOffice);

    public int Appraisals { get; init; }
    public int AppraisalsPublished { get; init; }
    public int SubjectsSatisfied { get; init; }
    public int SubjectsBasicallySatisfied { get; init; }
    public int SubjectsUnsatisfied { get; init; }

    public int LivelihoodProjects { get; init; }
    public int LivelihoodCompleted { get; init; }
    public int LivelihoodCarriedOver { get; init; }
    public Rate LivelihoodCompletion => new(LivelihoodCompleted, LivelihoodProjects);

    public int Petitions { get; init; }
    public int PetitionsFinished { get; init; }
    public int PetitionsFinishedOnTime { get; init; }
    public int PetitionsOverdue { get; init; }
    public Rate PetitionOnTimeRate => new(PetitionsFinishedOnTime, PetitionsFinished);

    public SuggestionFigures Suggestions { get; init; } = SuggestionFigures.Of([], default);

    /// <summary>
    /// 本年度需要关注的代表: deputies with at least one flag of their record in the year, read from the rollup
    /// (<see cref="FigureRollups.DeputiesFlagged"/>); null until the rollup job has computed the township-year.
    /// </summary>
    public int? DeputiesFlagged { get; init; }

    /// <summary>When <see cref="DeputiesFlagged"/> was computed (UTC); for the total, the oldest of the townships'.</summary>
    public DateTime? DeputiesFlaggedAsOfUtc { get; init; }

    /// <summary>The county's total row: every count summed, so each rate is the pooled one (total numerator over total denominator).</summary>
    public static TownshipYearFigures Total(IReadOnlyCollection<TownshipYearFigures> rows, int year, string name)
    {
        int S(Func<TownshipYearFigures, int> f) => rows.Sum(f);
        int G(Func<SuggestionFigures, int> f) => rows.Sum(r => f(r.Suggestions));
        return new TownshipYearFigures(Guid.Empty, name, 0, year)
        {
            DeputiesInOffice = S(r => r.DeputiesInOffice), SessionsHeld = S(r => r.SessionsHeld), SessionRoll = S(r => r.SessionRoll),
            SessionPresent = S(r => r.SessionPresent), PresidiumMeetings = S(r => r.PresidiumMeetings), PresidiumAttendees = S(r => r.PresidiumAttendees),
            PresidiumAbsentees = S(r => r.PresidiumAbsentees), ActivitiesHeld = S(r => r.ActivitiesHeld), ActivityPersonTimes = S(r => r.ActivityPersonTimes),
            ByKind = rows.SelectMany(r => r.ByKind).GroupBy(k => k.Kind).OrderBy(g => g.Key)
                .Select(g => new KindFigures(g.Key, g.Sum(k => k.Held), g.Sum(k => k.PersonTimes))).ToList(),
            Trainings = S(r => r.Trainings), DeputiesTrained = S(r => r.DeputiesTrained), VoterContactPersonTimes = S(r => r.VoterContactPersonTimes),
            ReceptionDays = S(r => r.ReceptionDays), ReceptionVisitors = S(r => r.ReceptionVisitors), VoterReports = S(r => r.VoterReports),
            DeputiesReported = S(r => r.DeputiesReported), Appraisals = S(r => r.Appraisals), AppraisalsPublished = S(r => r.AppraisalsPublished),
            SubjectsSatisfied = S(r => r.SubjectsSatisfied), SubjectsBasicallySatisfied = S(r => r.SubjectsBasicallySatisfied),
            SubjectsUnsatisfied = S(r => r.SubjectsUnsatisfied), LivelihoodProjects = S(r => r.LivelihoodProjects),
            LivelihoodCompleted = S(r => r.LivelihoodCompleted), LivelihoodCarriedOver = S(r => r.LivelihoodCarriedOver), Petitions = S(r => r.Petitions),
            PetitionsFinished = S(r => r.PetitionsFinished), PetitionsFinishedOnTime = S(r => r.PetitionsFinishedOnTime),
            PetitionsOverdue = S(r => r.PetitionsOverdue),
            DeputiesFlagged = rows.Any(r => r.DeputiesFlagged is not null) ? rows.Sum(r => r.DeputiesFlagged ?? 0) : null,
            DeputiesFlaggedAsOfUtc = rows.Min(r => r.DeputiesFlaggedAsOfUtc),
            Suggestions = new SuggestionFigures(G(f => f.RawReceived), G(f => f.Received), G(f => f.MergedItems), G(f => f.Assigned), G(f => f.Answered),
                G(f => f.AnsweredOnTime), G(f => f.WithFeedback), G(f => f.Satisfied), G(f => f.Closed), G(f => f.Implemented),
                G(f => f.PartlyImplemented), G(f => f.Overdue))
            {
                AnsweredClassA = G(f => f.AnsweredClassA), AnsweredClassB = G(f => f.AnsweredClassB), AnsweredClassC = G(f => f.AnsweredClassC),
            },
        };
    }
}

/// <summary>Whose figures: every visible township of a county, or one township.</summary>
public sealed record FigureScope(Guid? CountyId, Guid? TownshipId)
{
    public static FigureScope County(Guid countyId) => new(countyId, null);
    public static FigureScope Township(Guid townshipId) => new(null, townshipId);
}
