using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.DeputyRecords;
using Township.Congress.Formatting;
using Township.Congress.Rules;

namespace Township.Congress.Figures;

/// <summary>A rolled-up figure as the pages show it: the value and when it was computed.</summary>
public sealed record RolledUp(int Value, DateTime ComputedUtc)
{
    public string AsOf => FigureRollups.AsOf(ComputedUtc);
}

/// <summary>
/// The figures kept in <see cref="FigureRollup"/> rows: how each is computed (once, here) and how the rows are refreshed.
/// The rollup job runs <see cref="RefreshAsync"/> under its lease; the figure queries only read the rows.
/// </summary>
public static class FigureRollups
{
    /// <summary>本年度需要关注的代表: deputies with at least one flag of their record in the year (docs/figures.md).</summary>
    public const string DeputiesFlagged = "deputies-flagged";

    /// <summary>
    /// Recomputes the rolled-up figures of every township the context sees for <paramref name="years"/>, one township at a
    /// time (one save each, so a long run never holds a write lock for long). Returns the rows written. The deputies flagged
    /// are the records' own flags (<see cref="DeputyRecordQueries.TownshipRecordsAsync"/>), so they cannot disagree with
    /// the flags page.
    /// </summary>
    public static async Task<int> RefreshAsync(CongressDbContext db, IReadOnlyCollection<int> years, CancellationToken ct = default)
    {
        var townships = await db.Townships.AsNoTracking().OrderBy(t => t.CountyId).ThenBy(t => t.Number)
            .Select(t => new { t.Id, t.CountyId }).ToListAsync(ct);
        var written = 0;
        foreach (var county in townships.GroupBy(t => t.CountyId))
        {
            var rules = await new CountyRulesService(db).ForCountyAsync(county.Key, ct);
            foreach (var township in county)
            {
                var values = new Dictionary<int, int>();
                foreach (var year in years)
                {
                    var records = await db.TownshipRecordsAsync(township.Id, year, null, rules, ct);
                    values[year] = CountFlagged(records);
                }
                written += await StoreAsync(db, township.Id, DeputiesFlagged, values, ct);
            }
        }
        return written;
    }

    /// <summary>HH:mm in China's time: the dashboards' 截至 HH:mm.</summary>
    public static string AsOf(DateTime computedUtc) => ChineseDate.ToChinaTime(computedUtc).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The figure's definition over a township-year's records: the deputies with one flag or more.</summary>
    public static int CountFlagged(IEnumerable<DeputyRecord> records) => records.Count(r => r.Flags.Count > 0);

    /// <summary>The rolled-up values of one figure for the given townships and year, by township.</summary>
    public static async Task<Dictionary<Guid, RolledUp>> ReadAsync(CongressDbContext db, IReadOnlyCollection<Guid> townshipIds, int year, string key,
        CancellationToken ct = default) =>
        await db.FigureRollups.AsNoTracking().Where(r => townshipIds.Contains(r.TownshipId) && r.Year == year && r.Key == key)
            .ToDictionaryAsync(r => r.TownshipId, r => new RolledUp(r.Value, r.ComputedUtc), ct);

    private static async Task<int> StoreAsync(CongressDbContext db, Guid townshipId, string key, Dictionary<int, int> values, CancellationToken ct)
    {
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var years = values.Keys.ToList();
        var existing = await db.FigureRollups.Where(r => r.TownshipId == townshipId && r.Key == key && years.Contains(r.Year))
            .ToDictionaryAsync(r => r.Year, ct);
        foreach (var (year, value) in values)
        {
            if (existing.TryGetValue(year, out var row))
            {
                row.Value = value;
                row.ComputedUtc = now;
            }
            else
            {
                db.FigureRollups.Add(new FigureRollup { TownshipId = townshipId, Year = year, Key = key, Value = value, ComputedUtc = now });
            }
        }
        var saved = await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return saved;
    }
}

/// <summary>One rolled-up figure summed over many townships (a province, the nation), with how old its oldest part is.</summary>
public sealed record RolledUpTotal(string Key, long Value, int Townships, DateTime OldestUtc);

public static class FigureRollupTotals
{
    /// <summary>
    /// Every rolled-up figure of <paramref name="year"/> summed over the townships the context sees (of
    /// <paramref name="countyIds"/> when given): one grouped read of the rollup rows, never the records behind them.
    /// </summary>
    public static async Task<IReadOnlyList<RolledUpTotal>> TotalsAsync(this CongressDbContext db, int year, IReadOnlyCollection<Guid>? countyIds = null,
        CancellationToken ct = default)
    {
        var rows = db.FigureRollups.AsNoTracking().Where(r => r.Year == year);
        if (countyIds is not null)
            rows = rows.Where(r => db.Townships.Any(t => t.Id == r.TownshipId && countyIds.Contains(t.CountyId)));
        var totals = await rows.GroupBy(r => r.Key)
            .Select(g => new { g.Key, Value = g.Sum(r => (long)r.Value), Townships = g.Count(), Oldest = g.Min(r => r.ComputedUtc) })
            .ToListAsync(ct);
        return totals.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new RolledUpTotal(t.Key, t.Value, t.Townships, t.Oldest)).ToList();
    }
}
