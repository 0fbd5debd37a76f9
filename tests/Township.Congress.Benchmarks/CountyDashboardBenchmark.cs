using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Township.Congress.Data;
using Township.Congress.Demo;
using Township.Congress.Figures;
using Township.Congress.Security;

namespace Township.Congress.Benchmarks;

/// <summary>
/// The county dashboard of the demo county (15 townships, 2022–2026) on SQLite or PostgreSQL, as the county viewer reads it: a fresh context
/// per request (as a Blazor page or the API makes one), the year's figures of every township, the overdue list and the ranked
/// units, warm. Target: ≤ 50 ms.
/// </summary>
[Config(typeof(PdfConfig))]
public class CountyDashboardBenchmark
{
    private string _folder = "";
    private string? _database;

    [Params(DatabaseProvider.Sqlite)]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The commands the requests sent, when <see cref="CommandTimer.Enabled"/>.</summary>
    public CommandTimer Timer { get; } = new();

    private static string PostgresServer => Environment.GetEnvironmentVariable("CONGRESS_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("CONGRESS_TEST_POSTGRES")
        ?? throw new InvalidOperationException("Set CONGRESS_BENCH_POSTGRES to a PostgreSQL connection string (no database).");
    private DbContextOptions<CongressDbContext>? _options;
    private TownshipScope _scope = null!;
    private Guid _county;

    [GlobalSetup]
    public void GlobalSetup() => SetupAsync().GetAwaiter().GetResult();

    public async Task SetupAsync()
    {
        _folder = Directory.CreateTempSubdirectory("congress-bench-").FullName;
        if (Provider == DatabaseProvider.Sqlite)
        {
            _options = CongressDatabase.BuildOptions(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "demo.db")}");
        }
        else
        {
            _database = $"congress_bench_{Guid.NewGuid():N}";
            _options = CongressDatabase.BuildOptions(DatabaseProvider.PostgreSql, $"{PostgresServer};Database={_database}");
        }
        await CongressDatabase.MigrateAsync(_options);
        await using (var db = new CongressDbContext(_options, TownshipScope.System("bench")))
        {
            await DemoSeeder.SeedAsync(db, passwordIterations: 1000);
            _county = await db.Counties.Select(c => c.Id).SingleAsync();
            var townships = await db.Townships.Where(t => t.CountyId == _county).Select(t => t.Id).ToListAsync();
            _scope = TownshipScope.CountyViewer("county", Guid.NewGuid(), townships, _county);
        }
        if (CommandTimer.Enabled) _options = new DbContextOptionsBuilder<CongressDbContext>(_options).AddInterceptors(Timer).Options;
        Console.WriteLine($"// County dashboard ({Provider}): {await CountyDashboard2025():N0} townships");
    }

    [Benchmark]
    public async Task<int> CountyDashboard2025()
    {
        await using var db = new CongressDbContext(_options!, _scope);
        var dashboard = await db.CountyDashboardAsync(_county, 2025);
        return dashboard.Townships.Count;
    }

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        if (_database is null) return;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection($"{PostgresServer};Database=postgres");
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
