using Microsoft.EntityFrameworkCore;
using Township.Congress.Activities;
using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.LivelihoodProjects;
using Township.Congress.Petitions;
using Township.Congress.PresidiumMeetings;
using Township.Congress.Rectifications;
using Township.Congress.Rules;
using Township.Congress.Security;
using Township.Congress.Sessions;
using Township.Congress.Suggestions;

namespace Township.Congress.Figures;

/// <summary>A coming session or presidium meeting, with the day it is planned for.</summary>
public sealed record DashboardEvent(Guid Id, string Title, DateOnly On);

/// <summary>
/// What needs doing now in a township: each count is the one its list shows with the same filter (the suggestion list's 逾期 and
/// 即将到期, the overdue rectifications, the petitions' 逾期 filter, the projects' milestones, the groups' year).
/// </summary>
public sealed record TownshipTodo(int SuggestionsOverdue, int SuggestionsDueSoon, int RectificationsOverdue, int PetitionsOverdue,
    int MilestonesOverdue, int MilestonesDueSoon, int GroupsShort, int Groups, DashboardEvent? NextSession, DashboardEvent? NextMeeting);

/// <summary>The secretary's and chair's home page: what needs doing, then the year's figures against the year before.</summary>
public sealed record TownshipDashboard(Guid TownshipId, string TownshipName, int Year, TownshipTodo Todo, TownshipYearFigures Figures,
    TownshipYearFigures LastYear);

/// <summary>
/// The county's home page: every township's figures side by side with the total, the items overdue county-wide (most overdue
/// first), and the handling units ranked by the suggestion figures' ranking.
/// </summary>
public sealed record CountyDashboard(Guid CountyId, string CountyName, int Year, IReadOnlyList<TownshipYearFigures> Townships,
    TownshipYearFigures Total, IReadOnlyList<SuggestionListItem> Overdue, int OverdueTotal, IReadOnlyList<FigureGroup> Units);

public static class DashboardQueries
{
    /// <summary>How many overdue items the county dashboard's API lists (the page pages through all of them).</summary>
    public const int OverdueListed = 100;

    public static async Task<TownshipDashboard> TownshipDashboardAsync(this CongressDbContext db, Guid townshipId, int year, CancellationToken ct = default)
    {
        var township = await db.FindTownshipAsync(townshipId, ct);
        var rules = await new CountyRulesService(db).ForCountyAsync(township.CountyId, ct);
        var figures = await db.FiguresAsync(FigureScope.Township(townshipId), year, ct);
        var last = await db.FiguresAsync(FigureScope.Township(townshipId), year - 1, ct);
        return new TownshipDashboard(township.Id, township.Name, year, await TodoAsync(db, townshipId, year, rules, ct), figures[0], last[0]);
    }

    public static async Task<TownshipTodo> TodoAsync(CongressDbContext db, Guid townshipId, int year, CountyRules rules, CancellationToken ct)
    {
        var today = ChineseDate.TodayInChina(db.Clock);
        var overdue = await db.SearchAsync(new SuggestionSearch { TownshipId = townshipId, Overdue = true, PageSize = 1 }, ct);
        var dueSoon = await db.SearchAsync(new SuggestionSearch { TownshipId = townshipId, DueSoon = true, PageSize = 1 }, ct);
        var rectifications = await new RectificationService(db).OverdueAsync(townshipId, ct);
        var petitions = await db.SearchPetitionsAsync(new PetitionSearch(townshipId, null, null, OverdueOnly: true, PageSize: 1), ct);
        var milestones = await db.Set<LivelihoodMilestone>().AsNoTracking().Where(m => m.TownshipId == townshipId && m.DoneOn == null)
            .Join(db.LivelihoodProjects.Where(p => p.State == LivelihoodProjectState.InProgress), m => m.ProjectId, p => p.Id, (m, p) => m.PlannedOn)
            .ToListAsync(ct);
        var groups = await db.GroupYearsAsync(townshipId, year, rules, ct);
        var session = await db.Sessions.AsNoTracking()
            .Where(s => s.TownshipId == townshipId && s.Status != SessionStatus.Closed && (s.ActualEnd ?? s.PlannedEnd) >= today)
            .OrderBy(s => s.PlannedStart)
            .Select(s => new { s.Id, s.Ordinal, s.PlannedStart, Term = db.Terms.Where(t => t.Id == s.TermId).Select(t => t.Ordinal).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        var meeting = await db.PresidiumMeetings.AsNoTracking().Where(m => m.TownshipId == townshipId && m.Date >= today).OrderBy(m => m.Date)
            .FirstOrDefaultAsync(ct);
        return new TownshipTodo(overdue.Total, dueSoon.Total, rectifications.Count, petitions.Total,
            milestones.Count(d => LivelihoodRules.IsOverdue(d, null, today)), milestones.Count(d => LivelihoodRules.IsDueSoon(d, null, today, rules)),
            groups.Count(g => g.IsShort), groups.Count,
            session is null ? null : new DashboardEvent(session.Id, SessionNames.Of(session.Term, session.Ordinal), session.PlannedStart),
            meeting is null ? null : new DashboardEvent(meeting.Id, PresidiumMeetingNames.Of(null, meeting), meeting.Date));
    }

    /// <summary>The county dashboard for the county's own viewers and the administrator; anyone else is told it is not there.</summary>
    public static async Task<CountyDashboard> CountyDashboardAsync(this CongressDbContext db, Guid countyId, int year, CancellationToken ct = default)
    {
        var county = await FindCountyAsync(db, countyId, ct);
        var (figures, items) = await FigureQueries.FiguresWithItemsAsync(db, FigureScope.County(countyId), year, ct);
        // The county's own townships, not all the user sees: the administrator sees every county of a national server.
        var ids = figures.Select(f => f.TownshipId).ToList();
        var today = ChineseDate.TodayInChina(db.Clock);
        var search = new SuggestionSearch { Overdue = true, PageSize = OverdueListed };
        var (rows, total) = await SuggestionQueries.PageRowsAsync(SuggestionQueries.Filter(db, search, today).Where(s => ids.Contains(s.TownshipId)), search, ct);
        // The names of both lists in one statement: the overdue items' categories and lead units, and the lead units of the year's items
        // the units are ranked on (the year's items already read for the figures, not every year's items again). The townships'
        // names are the figures' own (the overdue items are the county's townships').
        var names = await NamesAsync(db, rows, items, ct);
        var book = new SuggestionQueries.NameBook(figures.ToDictionary(f => f.TownshipId, f => f.TownshipName), names, names);
        var overdue = SuggestionQueries.ToListItems(rows, book, today);
        var units = SuggestionFigureQueries.ByUnit(items, names, today);
        return new CountyDashboard(county.Id, county.Name, year, figures, TownshipYearFigures.Total(figures, year, county.Name),
            [.. overdue.OrderByDescending(i => i.DaysOverdue).ThenBy(i => i.TownshipName, StringComparer.Ordinal)], total, units);
    }

    /// <summary>
    /// The names of the overdue items' categories and lead units and of the year's items' lead units, in one statement (a union
    /// of the two tables; their ids are distinct GUIDs, so one dictionary serves both), read past the filters as the list's names are.
    /// </summary>
    private static async Task<Dictionary<Guid, string>> NamesAsync(CongressDbContext db, IReadOnlyList<Suggestion> rows, IReadOnlyList<FigureRow> items,
        CancellationToken ct)
    {
        var categoryIds = rows.Where(r => r.CategoryId != null).Select(r => r.CategoryId!.Value).Distinct().ToList();
        var unitIds = rows.Select(r => r.LeadUnitId).Concat(items.Select(i => i.LeadUnitId)).Where(u => u != null).Select(u => u!.Value)
            .Distinct().ToList();
        var names = await db.SuggestionCategories.IgnoreQueryFilters().Where(c => categoryIds.Contains(c.Id)).Select(c => new { c.Id, c.Name })
            .Concat(db.HandlingUnits.IgnoreQueryFilters().Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Name }))
            .ToListAsync(ct);
        return names.DistinctBy(n => n.Id).ToDictionary(n => n.Id, n => n.Name);
    }

    /// <summary>A county the user reads as a whole: the administrator any, a county viewer its own; others get a 404 like a township not theirs.</summary>
    public static async Task<Places.County> FindCountyAsync(CongressDbContext db, Guid countyId, CancellationToken ct = default)
    {
        // The county exists whatever the user's filters; whether they may read it whole is the scope's to say (and audited when not).
        var county = await db.Counties.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(c => c.Id == countyId, ct)
            ?? throw new KeyNotFoundException($"County {countyId}");
        if (db.Scope.Unrestricted || db.Scope.CountyId == countyId && db.Scope.HandlingUnitId is null) return county;
        throw new TownshipAccessDeniedException(nameof(Places.County), countyId.ToString());
    }
}
