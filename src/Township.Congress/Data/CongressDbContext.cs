using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Auditing;
using Township.Congress.Deputies;
using Township.Congress.LiaisonStations;
using Township.Congress.Model;
using Township.Congress.Places;
using Township.Congress.Security;
using Township.Congress.Suggestions;

namespace Township.Congress.Data;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

/// <summary>
/// The one DbContext, used directly by features (no repository layer). Every context is
/// created for one <see cref="TownshipScope"/>: queries are filtered to the scope's
/// townships and <see cref="SaveChanges(bool)"/> refuses writes outside it, versions edited
/// records and writes the audit in the same transaction.
/// </summary>
public class CongressDbContext : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>
{
    private readonly Func<TownshipScope> _scope;

    public CongressDbContext(DbContextOptions<CongressDbContext> options, TownshipScope scope, TimeProvider? clock = null)
        : this(options, () => scope, clock)
    {
    }

    /// <summary>
    /// For request-scoped contexts: the scope is read when a query or save runs, not when the
    /// context is built, because ASP.NET Core Identity builds one while authenticating,
    /// before the request's user is known.
    /// </summary>
    public CongressDbContext(DbContextOptions<CongressDbContext> options, Func<TownshipScope> scope, TimeProvider? clock = null)
        : base(options)
    {
        _scope = scope;
        Clock = clock ?? TimeProvider.System;
    }

    public TownshipScope Scope => _scope();
    public TimeProvider Clock { get; }

    /// <summary>
    /// Bulk loads by the system itself (the demo county) are not people's changes and would only
    /// bury the audit; only an unrestricted system scope may switch the audit off.
    /// </summary>
    internal bool SuppressAudit { get; set; }

    // Read by the query filters; EF Core re-evaluates them for each context instance.
    private bool ScopeUnrestricted => Scope.Unrestricted;
    private List<Guid> ScopeTownshipIds => Scope.ReadableTownshipIds;
    private Guid? ScopeUnitId => Scope.HandlingUnitId;
    private Guid? ScopeCountyId => Scope.CountyId;
    private Guid? ScopeUserId => Scope.UserId;

    public DbSet<County> Counties => Set<County>();
    public DbSet<Township> Townships => Set<Township>();
    public DbSet<Village> Villages => Set<Village>();
    public DbSet<Term> Terms => Set<Term>();
    public DbSet<Deputy> Deputies => Set<Deputy>();
    public DbSet<DeputyStatusChange> DeputyStatusChanges => Set<DeputyStatusChange>();
    public DbSet<DeputyGroup> DeputyGroups => Set<DeputyGroup>();
    public DbSet<LiaisonStation> LiaisonStations => Set<LiaisonStation>();
    public DbSet<ChecklistItem> ChecklistItems => Set<ChecklistItem>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Sessions.CongressSession> Sessions => Set<Sessions.CongressSession>();
    public DbSet<PresidiumMeetings.PresidiumMeeting> PresidiumMeetings => Set<PresidiumMeetings.PresidiumMeeting>();
    public DbSet<Suggestion> Suggestions => Set<Suggestion>();
    public DbSet<SuggestionAssignment> SuggestionAssignments => Set<SuggestionAssignment>();
    public DbSet<HandlingUnit> HandlingUnits => Set<HandlingUnit>();
    public DbSet<SuggestionCategory> SuggestionCategories => Set<SuggestionCategory>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<ServerSession> ServerSessions => Set<ServerSession>();
    public DbSet<Rules.CountySetting> CountySettings => Set<Rules.CountySetting>();
    public DbSet<Activities.Activity> Activities => Set<Activities.Activity>();
    public DbSet<Rectifications.RectificationItem> RectificationItems => Set<Rectifications.RectificationItem>();
    public DbSet<VoterContact.ReceptionDay> ReceptionDays => Set<VoterContact.ReceptionDay>();
    public DbSet<VoterContact.ConstituentContact> ConstituentContacts => Set<VoterContact.ConstituentContact>();
    public DbSet<VoterReports.VoterReport> VoterReports => Set<VoterReports.VoterReport>();
    public DbSet<Petitions.Petition> Petitions => Set<Petitions.Petition>();
    public DbSet<Appraisals.Appraisal> Appraisals => Set<Appraisals.Appraisal>();
    public DbSet<LivelihoodProjects.LivelihoodProject> LivelihoodProjects => Set<LivelihoodProjects.LivelihoodProject>();
    public DbSet<Servers.JobLease> JobLeases => Set<Servers.JobLease>();
    public DbSet<Servers.ProtectionKey> ProtectionKeys => Set<Servers.ProtectionKey>();
    public DbSet<DeputyRecords.DeclaredItem> DeclaredItems => Set<DeputyRecords.DeclaredItem>();
    public DbSet<AnnualReports.AnnualReport> AnnualReports => Set<AnnualReports.AnnualReport>();
    public DbSet<AuditChainState> AuditChainStates => Set<AuditChainState>();
    public DbSet<Figures.FigureRollup> FigureRollups => Set<Figures.FigureRollup>();
    public DbSet<Scorecards.ScorecardHandScore> ScorecardHandScores => Set<Scorecards.ScorecardHandScore>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database and safe when members are added.
        configurationBuilder.Properties<TownshipKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Gender>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<DeputyStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DeputyCategory>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<NineHas>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AuditAction>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Sessions.SessionKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Sessions.ExtraordinaryProposer>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Sessions.SessionStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Sessions.AgendaItemKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Sessions.AttendanceStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Sessions.ElectionOffice>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Sessions.ElectionStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Sessions.VoteKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Sessions.VoteChoice>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<PresidiumMeetings.ActionStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<SuggestionKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<SuggestionState>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<SuggestionSource>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AnswerClass>().HaveConversion<string>().HaveMaxLength(8);
        configurationBuilder.Properties<Satisfaction>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Implementation>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<HandlingUnitKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<SuggestionAction>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<NotificationKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Activities.ActivityKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Activities.ActivityOrganiser>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Rectifications.RectificationSource>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Appraisals.SatisfactionGrade>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<VoterContact.ReceptionDisposition>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<VoterReports.RatingMethod>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<VoterReports.VoterRating>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Petitions.PetitionState>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Appraisals.AppraisalState>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Appraisals.AppraisalSubjectKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<LivelihoodProjects.LivelihoodProjectState>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Activities.ActivityStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DeputyRecords.DeclaredItemKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DeputyRecords.DeclaredItemState>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DeputyRecords.PointsBand>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AnnualReports.AnnualReportState>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<AnnualReports.AnnualReportSection>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Scorecards.ScorecardCriterion>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CongressDbContext).Assembly);

        foreach (var type in builder.Model.GetEntityTypes().Select(t => t.ClrType).ToList())
        {
            if (typeof(EditableEntity).IsAssignableFrom(type))
                builder.Entity(type).Property(nameof(EditableEntity.Version)).IsConcurrencyToken();
            if (typeof(ITownshipOwned).IsAssignableFrom(type))
            {
                builder.Entity(type).HasIndex(nameof(ITownshipOwned.TownshipId));
                var filter = typeof(ISuggestionPart).IsAssignableFrom(type) && type != typeof(SuggestionAssignment)
                    ? nameof(FilterSuggestionPart) : nameof(FilterByTownship);
                typeof(CongressDbContext).GetMethod(filter, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                    .MakeGenericMethod(type).Invoke(this, [builder]);
            }
        }

        // A handling unit reads no township's records, only the items currently assigned to it
        // (with their parts) and its own assignment rows; see TownshipScope.HandlingUnitId.
        builder.Entity<SuggestionAssignment>().HasQueryFilter(a =>
            ScopeUnrestricted || ScopeTownshipIds.Contains(a.TownshipId) || (ScopeUnitId != null && a.UnitId == ScopeUnitId && a.EndedOn == null));
        builder.Entity<Suggestion>().HasQueryFilter(s =>
            ScopeUnrestricted || ScopeTownshipIds.Contains(s.TownshipId)
            || (ScopeUnitId != null && SuggestionAssignments.Any(a => a.SuggestionId == s.Id && a.UnitId == ScopeUnitId && a.EndedOn == null)));
        // The county's registries: readable by everybody working in the county.
        builder.Entity<HandlingUnit>().HasQueryFilter(u =>
            ScopeUnrestricted || (ScopeCountyId != null && u.CountyId == ScopeCountyId) || Townships.Any(t => t.CountyId == u.CountyId));
        builder.Entity<SuggestionCategory>().HasQueryFilter(c =>
            ScopeUnrestricted || (ScopeCountyId != null && c.CountyId == ScopeCountyId) || Townships.Any(t => t.CountyId == c.CountyId));
        builder.Entity<Rules.CountySetting>().HasQueryFilter(c =>
            ScopeUnrestricted || (ScopeCountyId != null && c.CountyId == ScopeCountyId) || Townships.Any(t => t.CountyId == c.CountyId));
        builder.Entity<Notification>().HasQueryFilter(n => ScopeUnrestricted || n.UserId == ScopeUserId);

        builder.Entity<Township>().HasQueryFilter(t => ScopeUnrestricted || ScopeTownshipIds.Contains(t.Id));
        builder.Entity<County>().HasQueryFilter(c => ScopeUnrestricted || Townships.Any(t => t.CountyId == c.Id));
    }

    private void FilterByTownship<T>(ModelBuilder builder) where T : class, ITownshipOwned =>
        builder.Entity<T>().HasQueryFilter(e => ScopeUnrestricted || ScopeTownshipIds.Contains(e.TownshipId));

    private void FilterSuggestionPart<T>(ModelBuilder builder) where T : class, ISuggestionPart =>
        builder.Entity<T>().HasQueryFilter(e => ScopeUnrestricted || ScopeTownshipIds.Contains(e.TownshipId)
            || (ScopeUnitId != null && SuggestionAssignments.Any(a => a.SuggestionId == e.SuggestionId && a.UnitId == ScopeUnitId && a.EndedOn == null)));

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ChangeGuard.Prepare(this);
        ModelLimits.CheckSave(this);
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw ChangeGuard.Conflict(e);
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeGuard.Prepare(this);
        ModelLimits.CheckSave(this);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw ChangeGuard.Conflict(e);
        }
    }
}
