using Microsoft.EntityFrameworkCore;
using Township.Congress.Activities;
using Township.Congress.Appraisals;
using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Resources;
using Township.Congress.Rules;
using Township.Congress.Sessions;

namespace Township.Congress.LivelihoodProjects;

/// <summary>A row of the project list: progress and flags computed, nothing to load per row.</summary>
public sealed record LivelihoodProjectListItem(Guid Id, Guid TownshipId, string TownshipName, Guid SessionId, int Year, string Name,
    string OwnerUnitName, decimal? Budget, LivelihoodProjectState State, decimal ProgressPercent, int Milestones, int DoneMilestones,
    int OverdueMilestones, SatisfactionGrade? Grade, long Version);

public sealed record MilestoneView(Guid Id, int Order, string Name, DateOnly PlannedOn, DateOnly? DoneOn, int Weight, bool Overdue, bool DueSoon);

public sealed record InspectionView(Guid ActivityId, string Subject, ActivityKind Kind, DateOnly StartsOn);

/// <summary>One project with everything its page and the API show.</summary>
public sealed record LivelihoodProjectDetails(Guid Id, Guid TownshipId, string TownshipName, Guid SessionId, string SessionTitle, int Year,
    string Name, string Description, Guid? OwnerUnitId, string OwnerUnitName, decimal? Budget, Guid? PresidiumMemberId, string? PresidiumMemberName,
    Guid? MonitorDeputyId, string? MonitorDeputyName, LivelihoodProjectState State, decimal ProgressPercent,
    IReadOnlyList<MilestoneView> Milestones, IReadOnlyList<InspectionView> Inspections,
    int? Satisfied, int? BasicallySatisfied, int? Unsatisfied, DateOnly? SatisfactionVotedOn, SatisfactionGrade? Grade, long Version);

/// <summary>The filters of the project list.</summary>
public sealed record LivelihoodSearch(Guid? TownshipId = null, int? Year = null, string? Query = null, int Page = 1, int PageSize = 20);

/// <summary>民生实事项目完成情况: the projects one session chose, followed up to today.</summary>
public sealed record LivelihoodProgressReport(string TownshipName, string SessionTitle, DateOnly SessionDate, int Year, DateOnly AsOf,
    IReadOnlyList<LivelihoodProjectDetails> Projects);

public static class LivelihoodQueries
{
    public const int MaxPageSize = 200;

    public static async Task<Paged<LivelihoodProjectListItem>> SearchLivelihoodProjectsAsync(this CongressDbContext db, LivelihoodSearch s,
        CountyRules rules, CancellationToken ct = default)
    {
        var query = db.Set<LivelihoodProject>().AsNoTracking();
        if (s.TownshipId is { } t) query = query.Where(p => p.TownshipId == t);
        if (s.Year is { } y) query = query.Where(p => p.Year == y);
        if (!string.IsNullOrWhiteSpace(s.Query))
        {
            var q = s.Query.Trim();
            query = query.Where(p => p.Name.Contains(q) || p.OwnerUnitName.Contains(q));
        }
        var total = await query.CountAsync(ct);
        var pageSize = Math.Clamp(s.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, s.Page);
        var rows = await query.OrderByDescending(p => p.Year).ThenBy(p => p.TownshipId).ThenBy(p => p.Name)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new { p, Township = db.Townships.Where(x => x.Id == p.TownshipId).Select(x => x.Name).FirstOrDefault() ?? "" })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.p.Id).ToList();
        var milestones = (await db.Set<LivelihoodMilestone>().AsNoTracking().Where(m => ids.Contains(m.ProjectId)).ToListAsync(ct))
            .ToLookup(m => m.ProjectId);
        var today = ChineseDate.TodayInChina(db.Clock);
        return new(rows.Select(r =>
        {
            var ms = milestones[r.p.Id].ToList();
            return new LivelihoodProjectListItem(r.p.Id, r.p.TownshipId, r.Township, r.p.SessionId, r.p.Year, r.p.Name, r.p.OwnerUnitName, r.p.Budget,
                r.p.State, LivelihoodRules.ProgressPercent(ms), ms.Count, ms.Count(m => m.IsDone),
                ms.Count(m => LivelihoodRules.IsOverdue(m.PlannedOn, m.DoneOn, today)), LivelihoodRules.Grade(r.p, rules), r.p.Version);
        }).ToList(), total);
    }

    public static async Task<LivelihoodProjectDetails> LivelihoodProjectAsync(this CongressDbContext db, Guid id, CountyRules rules,
        CancellationToken ct = default)
    {
        var project = await db.FindVisibleAsync<LivelihoodProject>(id, ct);
        return (await DetailsAsync(db, [project], rules, ct))[0];
    }

    /// <summary>
    /// The progress of the projects <paramref name="sessionId"/> chose (its ledger, built from its vote); not available before
    /// the ledger is built. The next session hears this report, so it prints per choosing session.
    /// </summary>
    public static async Task<LivelihoodProgressReport> LivelihoodProgressAsync(this CongressDbContext db, Guid sessionId, CountyRules rules,
        CancellationToken ct = default)
    {
        var session = await db.FindVisibleAsync<CongressSession>(sessionId, ct);
        var projects = await db.Set<LivelihoodProject>().AsNoTracking().Where(p => p.SessionId == sessionId).ToListAsync(ct);
        if (projects.Count == 0) throw new DocumentNotAvailableException(ModelText.LivelihoodProject_NoProjectsOfSession);
        var details = await DetailsAsync(db, projects, rules, ct);
        var township = await db.Townships.AsNoTracking().Where(t => t.Id == session.TownshipId).Select(t => t.Name).FirstAsync(ct);
        var candidates = await db.Set<LivelihoodCandidate>().AsNoTracking().Where(c => c.SessionId == sessionId)
            .ToDictionaryAsync(c => c.Id, c => c.Order, ct);
        var order = projects.ToDictionary(p => p.Id, p => candidates.GetValueOrDefault(p.CandidateId, int.MaxValue));
        return new(township, await TitleAsync(db, session, ct), session.ActualStart ?? session.PlannedStart, session.Start.Year,
            ChineseDate.TodayInChina(db.Clock), details.OrderBy(d => order[d.Id]).ThenBy(d => d.Name, StringComparer.Ordinal).ToList());
    }

    private static async Task<string> TitleAsync(CongressDbContext db, CongressSession s, CancellationToken ct) =>
        SessionNames.Of(await db.Terms.AsNoTracking().Where(t => t.Id == s.TermId).Select(t => t.Ordinal).FirstOrDefaultAsync(ct), s.Ordinal);

    private static async Task<List<LivelihoodProjectDetails>> DetailsAsync(CongressDbContext db, List<LivelihoodProject> projects, CountyRules rules,
        CancellationToken ct)
    {
        var ids = projects.Select(p => p.Id).ToList();
        var milestones = (await db.Set<LivelihoodMilestone>().AsNoTracking().Where(m => ids.Contains(m.ProjectId)).ToListAsync(ct)).ToLookup(m => m.ProjectId);
        var inspections = (await db.Set<LivelihoodInspection>().AsNoTracking().Where(i => ids.Contains(i.ProjectId))
            .Join(db.Set<Activity>(), i => i.ActivityId, a => a.Id, (i, a) => new { i.ProjectId, a.Id, a.Subject, a.Kind, a.StartsOn })
            .ToListAsync(ct)).ToLookup(x => x.ProjectId);
        var deputyIds = projects.SelectMany(p => new[] { p.PresidiumMemberId, p.MonitorDeputyId }).OfType<Guid>().Distinct().ToList();
        var deputies = await db.Deputies.AsNoTracking().Where(d => deputyIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var sessionIds = projects.Select(p => p.SessionId).Distinct().ToList();
        var sessions = await db.Sessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Ordinal, Term = db.Terms.Where(t => t.Id == s.TermId).Select(t => t.Ordinal).FirstOrDefault() })
            .ToDictionaryAsync(s => s.Id, s => SessionNames.Of(s.Term, s.Ordinal), ct);
        var townshipIds = projects.Select(p => p.TownshipId).Distinct().ToList();
        var townships = await db.Townships.AsNoTracking().Where(t => townshipIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var today = ChineseDate.TodayInChina(db.Clock);
        return projects.Select(p =>
        {
            var ms = milestones[p.Id].OrderBy(m => m.Order).ToList();
            return new LivelihoodProjectDetails(p.Id, p.TownshipId, townships.GetValueOrDefault(p.TownshipId, ""), p.SessionId,
                sessions.GetValueOrDefault(p.SessionId, ""), p.Year, p.Name, p.Description, p.OwnerUnitId, p.OwnerUnitName, p.Budget,
                p.PresidiumMemberId, p.PresidiumMemberId is { } pm ? deputies.GetValueOrDefault(pm) : null,
                p.MonitorDeputyId, p.MonitorDeputyId is { } md ? deputies.GetValueOrDefault(md) : null, p.State, LivelihoodRules.ProgressPercent(ms),
                ms.Select(m => new MilestoneView(m.Id, m.Order, m.Name, m.PlannedOn, m.DoneOn, m.Weight,
                    LivelihoodRules.IsOverdue(m.PlannedOn, m.DoneOn, today), LivelihoodRules.IsDueSoon(m.PlannedOn, m.DoneOn, today, rules))).ToList(),
                inspections[p.Id].OrderBy(i => i.StartsOn).Select(i => new InspectionView(i.Id, i.Subject, i.Kind, i.StartsOn)).ToList(),
                p.Satisfied, p.BasicallySatisfied, p.Unsatisfied, p.SatisfactionVotedOn, LivelihoodRules.Grade(p, rules), p.Version);
        }).ToList();
    }
}
