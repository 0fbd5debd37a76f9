using System.Data.Common;
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
/// EF), with the CPU time of this process (EF's share; the server's is not counted). The rollups: <see cref="NationalRollupBenchmark"/>.
/// </summary>
public static class NationalScaleBenchmark
{
    private const int Year = 2025;

    public static async Task RunAsync(string connectionString, TextWriter log)
    {
        var options = CongressDatabase.BuildOptions(DatabaseProvider.PostgreSql, connectionString);
        Guid county;
        List<Guid> townships;
        await using (var db = new CongressDbContext(options, TownshipScope.System("bench")))
        {
            county = await db.Counties.OrderBy(c => c.Name).Select(c => c.Id).FirstAsync();
            townships = await db.Townships.Where(t => t.CountyId == county).Select(t => t.Id).ToListAsync();
            log.WriteLine($"{await db.Townships.CountAsync():N0} townships, {await db.Deputies.CountAsync():N0} deputies, "
                + $"{await db.Suggestions.CountAsync():N0} suggestions; the county has {townships.Count} townships");
        }

        var scope = TownshipScope.CountyViewer("county", Guid.NewGuid(), townships, county);
        // The county's rollup rows, by the job's code, so the dashboard reads what it reads in service.
        await using (var db = new CongressDbContext(options, scope)) await FigureRollups.RefreshChangedAsync(db, [Year]);
        var capture = new CommandCapture();
        var captured = new DbContextOptionsBuilder<CongressDbContext>(options).AddInterceptors(capture).Options;
        await using (var db = new CongressDbContext(captured, scope)) await db.CountyDashboardAsync(county, Year);
        log.WriteLine($"county dashboard: {capture.Commands.Count} statements");

        // In turns, so the dashboard and its floor meet the same load on this shared machine.
        var (dashboard, floor) = await Timing.TimePairAsync(async () =>
        {
            await using var db = new CongressDbContext(options, scope);
            return (await db.CountyDashboardAsync(county, Year)).Townships.Count;
        }, async () =>
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
        Timing.Report(log, "county dashboard (EF, fresh context)", dashboard);
        Timing.Report(log, "raw SQL floor (same statements)", floor);
        log.WriteLine($"ratio: median {dashboard.Median / floor.Median:N2}×, p95 {dashboard.P95 / floor.P95:N2}×");

        if (Environment.GetEnvironmentVariable("CONGRESS_BENCH_EXPLAIN") == "1") await ExplainAsync(connectionString, capture.Commands, log);
    }

    /// <summary>EXPLAIN ANALYZE of each of the dashboard's statements, slowest first (CONGRESS_BENCH_EXPLAIN=1).</summary>
    private static async Task ExplainAsync(string connectionString, List<(string Sql, List<NpgsqlParameter> Parameters)> commands, TextWriter log)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        var plans = new List<(double Ms, string Sql, string Plan)>();
        foreach (var (sql, parameters) in commands)
        {
            await using var cmd = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, conn);
            foreach (var p in parameters) cmd.Parameters.Add(p.Clone());
            var lines = new List<string>();
            await using (var reader = await cmd.ExecuteReaderAsync())
                while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
            var total = lines.LastOrDefault(l => l.StartsWith("Execution Time", StringComparison.Ordinal)) ?? "Execution Time: 0 ms";
            var ms = double.Parse(total.Split(':')[1].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            plans.Add((ms, sql, string.Join("\n", lines)));
        }
        foreach (var (ms, sql, plan) in plans.OrderByDescending(p => p.Ms).Take(8))
            log.WriteLine($"--- {ms:N2} ms\n{sql}\n{plan}\n");
    }
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
