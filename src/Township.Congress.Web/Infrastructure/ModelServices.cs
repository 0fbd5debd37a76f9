using Township.Congress.Appraisals;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.LiaisonStations;
using Township.Congress.LivelihoodProjects;
using Township.Congress.PresidiumMeetings;
using Township.Congress.Rectifications;
using Township.Congress.Rules;
using Township.Congress.Sessions;
using Township.Congress.Suggestions;
using Township.Congress.VoterContact;

namespace Township.Congress.Web.Infrastructure;

/// <summary>
/// The model's services for components, with their required dependencies. Each operation opens its
/// own short-lived context for the circuit's user (<see cref="CongressDbFactory.CreateAsync"/>), as
/// Blazor Server needs: a service held for the circuit's lifetime would keep one context for hours.
/// </summary>
public sealed class ModelServices(CongressDbFactory dbFactory, WorkCalendar calendar, DocumentOptions documents)
{
    /// <summary>A unit of work: dispose it when the operation is done.</summary>
    public async Task<ModelWork> OpenAsync() => new(await dbFactory.CreateAsync(), calendar, documents);
}

/// <summary>One operation's context and the services that work on it.</summary>
public sealed class ModelWork(CongressDbContext db, WorkCalendar calendar, DocumentOptions documents) : IAsyncDisposable
{
    /// <summary>For the reads that have no service (queries are extension methods on the context).</summary>
    public CongressDbContext Db => db;

    public SessionService Sessions => field ??= new(db);
    public AgendaDocumentService AgendaDocuments => field ??= new(db, documents);
    public PresidiumMeetingService PresidiumMeetings => field ??= new(db);
    public DeputyService Deputies => field ??= new(db);
    public DeputyGroupService DeputyGroups => field ??= new(db);
    public LiaisonStationService LiaisonStations => field ??= new(db);
    public SuggestionService Suggestions => field ??= new(db, calendar);
    public CountyRulesService CountyRules => field ??= new(db);
    public RectificationService Rectifications => field ??= new(db);
    public VoterContactService VoterContact => field ??= new(db, calendar);
    public VoterReports.VoterReportService VoterReports => field ??= new(db);
    public Petitions.PetitionService Petitions => field ??= new(db);
    public AppraisalService Appraisals => field ??= new(db);
    public LivelihoodProjectService LivelihoodProjects => field ??= new(db);
    public Activities.ActivityService Activities => field ??= new(db, documents);
    public DeputyRecords.DeputyRecordService DeputyRecords => field ??= new(db);
    public AnnualReports.AnnualReportService AnnualReports => field ??= new(db);
    public Scorecards.ScorecardService Scorecards => field ??= new(db);

    public ValueTask DisposeAsync() => db.DisposeAsync();
}

public static class ModelServiceSetup
{
    /// <summary>Registers <see cref="ModelServices"/>; the calendar and document limits are registered by their own setups.</summary>
    public static IServiceCollection AddModelServices(this IServiceCollection services) => services.AddScoped<ModelServices>();
}
