using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Township.Congress.Data;
using Township.Congress.Figures;
using Township.Congress.Security;

namespace Township.Congress.Benchmarks;

/// <summary>
/// On a database loaded by <see cref="NationalScaleData"/>: one county's dashboard against the raw SQL floor for the same
/// figures (the very statements the dashboard sends, replayed on one open Npgsql connection and read to the end, without
/// EF), and a national and a province-wide rollup from the rollup rows, which it first refreshes with the job's own code.
/// Hand-timed, warm (10 runs) then 40 measured; prints the median and p95 with the machine's load average.
/// </summary>
public static class NationalScaleBenchmark
{
    private const int Year = 2025, Warm = 10, Runs = 40;

    public static async Task RunAsync(string connectionString, TextWriter log)
    {
        var options = CongressDatabase.BuildOptions(DatabaseProvider.PostgreSql, connectionString);
        Guid county;
        List<Guid> townships, province;
        await using (var db = new CongressDbContext(options, TownshipScope.System("bench")))
        {
            county = await db.Counties.OrderBy(c => c.Name).Select(c => c.Id).FirstAsync();
            townships = await db.Townships.Where(t => t.CountyId == county).Select(t => t.Id).ToListAsync();
            var region = await db.Counties.Where(c => c.Id == county).Select(c => c.Region).FirstAsync();
            province = await db.Counties.Where(c => c.Region == region).Select(c => c.Id).ToListAsync();
            log.WriteLine($"{await db.Townships.CountAsync():N0} townships, {await db.Deputies.CountAsync():N0} deputies, "
                + $"{await db.Suggestions.CountAsync():N0} suggestions; the county has {townships.Count} townships, its province {province.Count} counties");
            var refresh = Stopwatch.StartNew();
            var rows = await FigureRollups.RefreshAsync(db, [Year]);
            log.WriteLine($"rollup refresh ({Year}, every township, the job's code): {rows:N0} rows in {refresh.Elapsed.TotalSeconds:N1} s");
        }

        var scope = TownshipScope.CountyViewer("county", Guid.NewGuid(), townships, county);
        var capture = new CommandCapture();
        var captured = new DbContextOptionsBuilder<CongressDbContext>(options).AddInterceptors(capture).Options;
        await using (var db = new CongressDbContext(captured, scope)) await db.CountyDashboardAsync(county, Year);
        log.WriteLine($"county dashboard: {capture.Commands.Count} statements");

        var dashboard = await TimeAsync(async () =>
        {
            await using var db = new CongressDbContext(options, scope);
            return (await db.CountyDashboardAsync(county, Year)).Townships.Count;
        });
        var floor = await TimeAsync(async () =>
        {
            await using var conn = new NpgsqlConnection(connectionString);
            await conn.OpenAsync();
            var read = 0;
            foreach (var (sql, parameters) in capture.Commands)
            {
                await using var cmd = new NpgsqlCommand(sql, conn);
                foreach (var p in parameters) cmd.Parameters.Add(p.Clone());
                await using var reader = await cmd.ExecuteReaderAsync();
                var values = new object[reader.FieldCount];
                while (await reader.ReadAsync()) read += reader.GetValues(values);
            }
            return read;
        });
        Report(log, "county dashboard (EF, fresh context)", dashboard);
        Report(log, "raw SQL floor (same statements)", floor);
        log.WriteLine($"ratio: median {dashboard.Median / floor.Median:N2}×, p95 {dashboard.P95 / floor.P95:N2}×");

        var national = await TimeAsync(async () =>
        {
            await using var db = new CongressDbContext(options, TownshipScope.System("bench"));
            var totals = await db.TotalsAsync(Year);
            return (int)totals.Sum(t => t.Value);
        });
        var provincial = await TimeAsync(async () =>
        {
            await using var db = new CongressDbContext(options, TownshipScope.System("bench"));
            return (int)(await db.TotalsAsync(Year, province)).Sum(t => t.Value);
        });
        await using (var db = new CongressDbContext(options, TownshipScope.System("bench")))
            foreach (var t in await db.TotalsAsync(Year))
                log.WriteLine($"national {t.Key}: {t.Value:N0} over {t.Townships:N0} townships, oldest {(DateTime.UtcNow - t.OldestUtc).TotalMinutes:N1} min old");
        Report(log, "national rollup", national);
        Report(log, "province rollup", provincial);
    }

    private sealed record Timing(double Median, double P95, double Max, int Result);

    private static async Task<Timing> TimeAsync(Func<Task<int>> run)
    {
        for (var i = 0; i < Warm; i++) await run();
        var times = new List<double>();
        var result = 0;
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            result = await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return new Timing(times[Runs / 2], times[(int)Math.Ceiling(Runs * 0.95) - 1], times[^1], result);
    }

    private static void Report(TextWriter log, string what, Timing t) =>
        log.WriteLine($"{what}: median {t.Median:N1} ms, p95 {t.P95:N1} ms, max {t.Max:N1} ms (result {t.Result:N0}; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");

    /// <summary>The statements a context sends, with their parameters, to replay them without EF.</summary>
    private sealed class CommandCapture : DbCommandInterceptor
    {
        public List<(string Sql, List<NpgsqlParameter> Parameters)> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add((command.CommandText, command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToList()));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Commands.Add((command.CommandText, command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToList()));
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
