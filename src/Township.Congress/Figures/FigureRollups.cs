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
            .Select(t => new TownshipRef(t.Id, t.CountyId)).ToListAsync(ct);
        return await RecomputeAsync(db, townships, years, ct);
    }

    /// <summary>
    /// How long before a row's time a change still makes it stale: an audit row is stamped before its transaction commits,
    /// so a change saved while a township was being read could carry an earlier time than the row yet be missing from it.
    /// </summary>
    public const int CommitMarginMinutes = 1;

    /// <summary>
    /// The job's run on a large server, where recomputing every township takes far longer than the job's period (at national
    /// scale about an hour): recomputes only the townships with a row missing for one of <paramref name="years"/> or an audited
    /// change since their row's time (every change of a record is audited with its township, see ChangeGuard; a county rule
    /// change makes every row stale), plus one part in <paramref name="sweep"/>.Parts of all townships (a rolling sweep for
    /// what the audit does not tie to a township, e.g. a deputy moved away from one). The rows of every other township are
    /// confirmed: nothing they are computed from has changed, so their time moves on to now.
    /// </summary>
    public static async Task<RollupRefresh> RefreshChangedAsync(CongressDbContext db, IReadOnlyCollection<int> years, (int Part, int Parts)? sweep = null,
        CancellationToken ct = default)
    {
        var ruleChange = (await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(CountySetting)).MaxAsync(a => (DateTime?)a.AtUtc, ct))
            ?.AddMinutes(CommitMarginMinutes);
        var stale = Stale(db, years, ruleChange);
        var changed = await db.Townships.AsNoTracking()
            .Where(t => db.FigureRollups.Count(r => r.TownshipId == t.Id && r.Key == DeputiesFlagged && years.Contains(r.Year)) < years.Count
                || stale.Any(r => r.TownshipId == t.Id))
            .Select(t => new TownshipRef(t.Id, t.CountyId)).ToListAsync(ct);
        List<TownshipRef> swept = [];
        if (sweep is { } s)
        {
            var all = await db.Townships.AsNoTracking().OrderBy(t => t.CountyId).ThenBy(t => t.Number).Select(t => new TownshipRef(t.Id, t.CountyId))
                .ToListAsync(ct);
            swept = [.. all.Where((_, i) => i % s.Parts == s.Part % s.Parts).Except(changed)];
        }
        var confirmedAt = db.Clock.GetUtcNow().UtcDateTime;
        var rows = await RecomputeAsync(db, [.. changed.OrderBy(t => t.CountyId)], years, ct);
        // Confirmed before the sweep, not after it: at national scale the sweep's part takes minutes, and rows confirmed only at
        // its end would be as old as the period plus the sweep. The sweep's own rows are confirmed too (nothing audited changed
        // them either) but counted as recomputed, which they are next.
        var sweptIds = swept.Select(t => t.Id).ToList();
        var confirmed = await ConfirmAsync(db, years, ruleChange, confirmedAt, r => !sweptIds.Contains(r.TownshipId), ct);
        if (swept.Count > 0)
        {
            await ConfirmAsync(db, years, ruleChange, confirmedAt, r => sweptIds.Contains(r.TownshipId), ct);
            rows += await RecomputeAsync(db, swept, years, ct);
        }
        return new RollupRefresh(changed.Count + swept.Count, rows, confirmed);
    }

    /// <summary>
    /// Moves the time of the rows that nothing changed since (not <see cref="Stale"/>) to <paramref name="confirmedAt"/>.
    /// Stale() again, not the list of changed townships: a change saved during the recompute leaves its row for the next run.
    /// </summary>
    private static Task<int> ConfirmAsync(CongressDbContext db, IReadOnlyCollection<int> years, DateTime? ruleChange, DateTime confirmedAt,
        System.Linq.Expressions.Expression<Func<FigureRollup, bool>> which, CancellationToken ct) =>
        db.FigureRollups.Where(r => r.Key == DeputiesFlagged && years.Contains(r.Year) && r.ComputedUtc < confirmedAt).Where(which)
            .Where(r => !Stale(db, years, ruleChange).Any(x => x.TownshipId == r.TownshipId && x.Year == r.Year))
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.ComputedUtc, confirmedAt), ct);

    /// <summary>The rows of <paramref name="years"/> with a change of their township (or of any county's rules) since their time, less the commit margin.</summary>
    private static IQueryable<FigureRollup> Stale(CongressDbContext db, IReadOnlyCollection<int> years, DateTime? ruleChange) =>
        db.FigureRollups.AsNoTracking().Where(r => r.Key == DeputiesFlagged && years.Contains(r.Year))
            .Where(r => (ruleChange != null && r.ComputedUtc <= ruleChange)
                || db.AuditEntries.Any(a => a.TownshipId == r.TownshipId && a.AtUtc >= r.ComputedUtc.AddMinutes(-CommitMarginMinutes)));

    private sealed record TownshipRef(Guid Id, Guid CountyId);

    private static async Task<int> RecomputeAsync(CongressDbContext db, IReadOnlyList<TownshipRef> townships, IReadOnlyCollection<int> years,
        CancellationToken ct)
    {
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

/// <summary>What an incremental run did: townships recomputed, rows written for them, rows of unchanged townships confirmed.</summary>
public sealed record RollupRefresh(int Recomputed, int RowsWritten, int Confirmed);

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
