using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Township.Congress.Data;
using Township.Congress.Figures;
using Township.Congress.Security;

namespace Township.Congress.Benchmarks;

/// <summary>
/// The rolled-up figures at national scale, on a database loaded by <see cref="NationalScaleData"/>: the first fill by the
/// job's own code (<see cref="FigureRollups.RefreshChangedAsync"/>, one county per context, a few counties at once), then the
/// job's incremental run on the full set after audited changes in a few townships, then the national and a province-wide
/// total read from the rollup rows, with the age of their oldest row.
/// </summary>
public static class NationalRollupBenchmark
{
    private const int Year = 2025, ChangedTownships = 30, SweepParts = 12;

    /// <param name="fillBudget">How long the first fill may run. The job's full computation takes about an hour at scale 1 on
    /// this machine; townships it does not reach within the budget get a placeholder row (value −1, said so in the output) so
    /// the read is timed over a row per township.</param>
    public static async Task RunAsync(string connectionString, TimeSpan fillBudget, int workers, TextWriter log)
    {
        var options = CongressDatabase.BuildOptions(DatabaseProvider.PostgreSql, connectionString);
        List<(Guid County, List<Guid> Townships)> counties;
        List<Guid> province;
        await using (var db = new CongressDbContext(options, TownshipScope.System("bench")))
        {
            counties = (await db.Townships.AsNoTracking().Select(t => new { t.CountyId, t.Id }).ToListAsync())
                .GroupBy(t => t.CountyId).OrderBy(g => g.Key).Select(g => (g.Key, g.Select(t => t.Id).ToList())).ToList();
            var region = await db.Counties.OrderBy(c => c.Name).Select(c => c.Region).FirstAsync();
            province = await db.Counties.Where(c => c.Region == region).Select(c => c.Id).ToListAsync();
        }

        // The first fill: the job's code per county (a county viewer's context sees only its townships), `workers` at a time.
        var fill = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var next = -1;
        var filled = 0;
        var computed = 0;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < counties.Count && fill.Elapsed < fillBudget)
            {
                var (county, townships) = counties[i];
                await using var db = new CongressDbContext(options, TownshipScope.CountyViewer("rollup", Guid.NewGuid(), townships, county));
                var done = await FigureRollups.RefreshChangedAsync(db, [Year]);
                Interlocked.Add(ref computed, done.Recomputed);
                Interlocked.Add(ref filled, townships.Count);
            }
        })));
        var fillCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var total = counties.Sum(c => c.Townships.Count);
        log.WriteLine($"first fill by the job's code ({workers} at once): {computed:N0} townships computed ({filled:N0} checked) of {total:N0} in "
            + $"{fill.Elapsed.TotalSeconds:N1} s wall, {fillCpu.TotalSeconds:N1} s CPU of this process; "
            + $"{(computed == 0 ? 0 : fill.Elapsed.TotalMilliseconds * workers / computed):N1} ms per township per worker → a full computation of every "
            + $"township ≈ {(computed == 0 ? 0 : fill.Elapsed.TotalMinutes / computed * total):N1} min at this rate ({LoadAverage()})");
        var placeholders = await PlaceholdersAsync(connectionString);
        if (placeholders > 0)
            log.WriteLine($"placeholder rows (value −1, not computed, only so the read covers every township): {placeholders:N0}");

        // Audited changes (as a secretary's edit makes them) in a few townships, then the job's incremental run over the nation.
        await using (var db = new CongressDbContext(options, TownshipScope.System("bench")))
        {
            var changed = counties.Take(ChangedTownships).Select(c => c.Townships[0]).ToList();
            var ids = (await db.Deputies.Where(d => changed.Contains(d.TownshipId)).Select(d => new { d.Id, d.TownshipId }).ToListAsync())
                .GroupBy(d => d.TownshipId).Select(g => g.Min(d => d.Id)).ToList();
            var deputies = await db.Deputies.Where(d => ids.Contains(d.Id)).ToListAsync();
            // Alternating, so a second run on the same database changes them again.
            foreach (var d in deputies) d.Occupation = d.Occupation == "教师" ? "农民" : "教师";
            await db.SaveChangesAsync();
            log.WriteLine($"changed one deputy in each of {deputies.Count} townships (audited)");
        }
        await using (var job = new CongressDbContext(options, TownshipScope.System("figure-rollups")))
        {
            var watch = Stopwatch.StartNew();
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var run = await FigureRollups.RefreshChangedAsync(job, [Year]);
            log.WriteLine($"incremental run (the job's, every township of {Year}): {run.Recomputed:N0} recomputed, {run.Confirmed:N0} rows confirmed in "
                + $"{watch.Elapsed.TotalSeconds:N2} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:N2} s CPU ({LoadAverage()})");
            watch.Restart();
            run = await FigureRollups.RefreshChangedAsync(job, [Year]);
            log.WriteLine($"incremental run with no change: {run.Recomputed:N0} recomputed, {run.Confirmed:N0} confirmed in {watch.Elapsed.TotalSeconds:N2} s");
            // The job's own runs add a rolling sweep of one part in twelve of all townships (FigureRollupJob): that part decides
            // a run's length at national scale, and so the rollups' age.
            watch.Restart();
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            run = await FigureRollups.RefreshChangedAsync(job, [Year], (1, SweepParts));
            log.WriteLine($"incremental run with the job's sweep (one part in {SweepParts}): {run.Recomputed:N0} recomputed, {run.Confirmed:N0} confirmed in "
                + $"{watch.Elapsed.TotalSeconds:N1} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:N1} s CPU ({LoadAverage()})");
        }

        var national = await Timing.TimeAsync(async () =>
        {
            await using var db = new CongressDbContext(options, TownshipScope.System("bench"));
            return (int)(await db.TotalsAsync(Year)).Sum(t => t.Townships);
        });
        var provincial = await Timing.TimeAsync(async () =>
        {
            await using var db = new CongressDbContext(options, TownshipScope.System("bench"));
            return (int)(await db.TotalsAsync(Year, province)).Sum(t => t.Townships);
        });
        await using (var db = new CongressDbContext(options, TownshipScope.System("bench")))
            foreach (var t in await db.TotalsAsync(Year))
                log.WriteLine($"national {t.Key}: {t.Value:N0} over {t.Townships:N0} townships, oldest row {(DateTime.UtcNow - t.OldestUtc).TotalMinutes:N1} min old");
        Timing.Report(log, "national rollup (townships summed)", national);
        Timing.Report(log, $"province rollup ({province.Count} counties)", provincial);
    }

    /// <summary>Writes a placeholder row for each township the fill did not reach; returns how many.</summary>
    private static async Task<long> PlaceholdersAsync(string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        var missing = new List<Guid>();
        await using (var cmd = new NpgsqlCommand("""
            SELECT t."Id" FROM "Townships" t WHERE NOT EXISTS (SELECT 1 FROM "FigureRollups" r WHERE r."TownshipId" = t."Id" AND r."Year" = @year AND r."Key" = @key)
            """, conn))
        {
            cmd.Parameters.AddWithValue("year", Year);
            cmd.Parameters.AddWithValue("key", FigureRollups.DeputiesFlagged);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) missing.Add(reader.GetGuid(0));
        }
        if (missing.Count == 0) return 0;
        var now = DateTime.UtcNow;
        await using var writer = await conn.BeginBinaryImportAsync("""COPY "FigureRollups" ("TownshipId","Year","Key","Value","ComputedUtc") FROM STDIN (FORMAT BINARY)""");
        foreach (var id in missing)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(id, NpgsqlDbType.Uuid);
            await writer.WriteAsync(Year, NpgsqlDbType.Integer);
            await writer.WriteAsync(FigureRollups.DeputiesFlagged, NpgsqlDbType.Varchar);
            await writer.WriteAsync(-1, NpgsqlDbType.Integer);
            await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
        }
        return (long)await writer.CompleteAsync();
    }

    private static string LoadAverage() => $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}";
}
