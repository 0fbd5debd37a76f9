using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Activities;
using Township.Congress.Data;
using Township.Congress.Figures;
using Township.Congress.Rules;

namespace Township.Congress.Scorecards;

/// <summary>A column of the scorecard: the criterion, its most points under the scheme, and whether the county scores it by hand.</summary>
public sealed record ScorecardColumn(ScorecardCriterion Criterion, string Name, decimal Max, bool ByHand);

/// <summary>The county's scorecard of a year: one ranked row per township, each criterion with the data behind it.</summary>
public sealed record CountyScorecard(Guid CountyId, string CountyName, int Year, IReadOnlyList<ScorecardColumn> Columns,
    IReadOnlyList<TownshipScore> Townships);

public static class ScorecardQueries
{
    /// <summary>The scorecard for the county's own viewers and the administrator; anyone else is told it is not there (and audited).</summary>
    public static async Task<CountyScorecard> ScorecardAsync(this CongressDbContext db, Guid countyId, int year, CancellationToken ct = default)
    {
        var county = await DashboardQueries.FindCountyAsync(db, countyId, ct);
        var rules = await new CountyRulesService(db).ForCountyAsync(countyId, ct);
        var figures = await db.FiguresAsync(FigureScope.County(countyId), year, ct);
        var ids = figures.Select(f => f.TownshipId).ToList();
        var facts = await FactsAsync(db, ids, year, rules, ct);
        var hand = (await HandScores(db, h => ids.Contains(h.TownshipId) && h.Year == year).ToListAsync(ct)).ToLookup(h => h.TownshipId);
        var rows = figures.Select(f => (f, ScorecardRules.Criteria(f, facts.GetValueOrDefault(f.TownshipId, ScorecardFacts.None), hand[f.TownshipId].ToList(), rules)));
        var columns = Enum.GetValues<ScorecardCriterion>()
            .Select(c => new ScorecardColumn(c, ScorecardLabels.Criteria.Of(c), ScorecardScheme.MaxPoints(c, rules), ScorecardScheme.IsByHand(c))).ToList();
        return new CountyScorecard(county.Id, county.Name, year, columns, ScorecardRules.Rank(rows, rules));
    }

    /// <summary>
    /// The scorecard's own facts for each township (docs/figures.md): the groups on target by <see cref="ActivityRules.GroupIsShort"/>
    /// over the same held group activities <see cref="ActivityQueries.GroupYearsAsync"/> counts, and the stations' 九有 checklists.
    /// </summary>
    public static async Task<Dictionary<Guid, ScorecardFacts>> FactsAsync(CongressDbContext db, IReadOnlyCollection<Guid> townshipIds, int year,
        CountyRules rules, CancellationToken ct = default)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var groups = await db.DeputyGroups.AsNoTracking().Where(g => townshipIds.Contains(g.TownshipId)).Select(g => new { g.Id, g.TownshipId }).ToListAsync(ct);
        var held = await db.Activities.AsNoTracking()
            .Where(a => townshipIds.Contains(a.TownshipId) && a.GroupId != null && a.Status == ActivityStatus.Held && a.StartsOn >= start && a.StartsOn <= end)
            .GroupBy(a => a.GroupId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var stations = await db.LiaisonStations.AsNoTracking().Where(s => townshipIds.Contains(s.TownshipId)).Select(s => new { s.Id, s.TownshipId })
            .ToListAsync(ct);
        var met = (await db.ChecklistItems.AsNoTracking().Where(i => townshipIds.Contains(i.TownshipId) && i.Met).Select(i => new { i.StationId, i.Item })
            .ToListAsync(ct)).Distinct().ToLookup(i => i.StationId);
        return townshipIds.ToDictionary(id => id, id =>
        {
            var own = groups.Where(g => g.TownshipId == id).ToList();
            var mine = stations.Where(s => s.TownshipId == id).Select(s => met[s.Id].Count()).ToList();
            return new ScorecardFacts(own.Count, own.Count(g => !ActivityRules.GroupIsShort(held.GetValueOrDefault(g.Id), rules)), mine.Count,
                mine.Count(m => m >= ScorecardFacts.ChecklistItems), mine.Sum());
        });
    }

    /// <summary>Hand scores without their evidence's bytes (filtered before the projection, so the filter runs in SQL).</summary>
    internal static IQueryable<HandScoreView> HandScores(CongressDbContext db, Expression<Func<ScorecardHandScore, bool>> where) =>
        db.Set<ScorecardHandScore>().AsNoTracking().Where(where)
        .Select(h => new HandScoreView(h.Id, h.TownshipId, h.Year, h.Criterion, h.Points, h.Note, h.ScoredBy, h.ScoredAtUtc, h.EvidenceName, h.Version));
}
