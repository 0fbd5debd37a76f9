using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Township.Congress.Data;
using Township.Congress.Security;
using Township.Congress.Suggestions;

namespace Township.Congress.Benchmarks;

/// <summary>
/// Imports a sheet of gathered suggestions (建议收集表) into a township that already has a
/// roster of 160 deputies and a year of items, on SQLite and on PostgreSQL. Every measured
/// iteration gets a fresh database (made in <see cref="IterationSetup"/>, not measured).
/// Targets: 2,000 rows ≤ 1 s, 10,000 rows ≤ 5 s on either provider. PostgreSQL needs
/// CONGRESS_BENCH_POSTGRES (or CONGRESS_TEST_POSTGRES), a connection string without a database.
/// </summary>
[Config(typeof(ImportConfig))]
public class SuggestionImportBenchmark
{
    [Params(2_000, 10_000)]
    public int Rows { get; set; }

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql)]
    public DatabaseProvider Provider { get; set; }

    private byte[] _workbook = [];
    private string _folder = "";
    private string _database = "";
    private DbContextOptions<CongressDbContext>? _options;

    /// <summary>The EF commands an import sent, when <see cref="CommandTimer.Enabled"/> (the bulk INSERTs go round EF).</summary>
    public CommandTimer Timer { get; } = new();
    private Guid _townshipId;
    private int _iteration;

    private static string PostgresServer => Environment.GetEnvironmentVariable("CONGRESS_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("CONGRESS_TEST_POSTGRES")
        ?? throw new InvalidOperationException("Set CONGRESS_BENCH_POSTGRES to a PostgreSQL connection string (no database).");

    [GlobalSetup]
    public void GlobalSetup()
    {
        _workbook = SuggestionBenchData.GatheredWorkbook(Rows);
        _folder = Directory.CreateTempSubdirectory("congress-bench-").FullName;
        Console.WriteLine($"// Suggestion workbook: {Rows:N0} rows, {_workbook.Length:N0} bytes");
    }

    [IterationSetup]
    public void IterationSetup()
    {
        _iteration++;
        if (Provider == DatabaseProvider.Sqlite)
        {
            _database = Path.Combine(_folder, $"suggestions-{_iteration}.db");
            _options = CongressDatabase.BuildOptions(DatabaseProvider.Sqlite, $"Data Source={_database}");
        }
        else
        {
            _database = $"congress_bench_{Guid.NewGuid():N}";
            _options = CongressDatabase.BuildOptions(DatabaseProvider.PostgreSql, $"{PostgresServer};Database={_database}");
        }
        _townshipId = SuggestionBenchData.CreateTownshipWithRosterAsync(_options).GetAwaiter().GetResult();
        if (CommandTimer.Enabled) _options = new DbContextOptionsBuilder<CongressDbContext>(_options).AddInterceptors(Timer).Options;
    }

    [Benchmark]
    public async Task<int> ImportGatheredSuggestions()
    {
        await using var db = new CongressDbContext(_options!, TownshipScope.System("bench"));
        using var stream = new MemoryStream(_workbook, writable: false);
        var result = await new SuggestionImport(db, WorkCalendar.WeekendsOnly).ImportAsync(_townshipId, stream);
        if (!result.Succeeded || result.Created != Rows)
            throw new InvalidOperationException($"Import created {result.Created}, errors {result.Errors.Count}: {result.Errors.FirstOrDefault()}");
        return result.Created;
    }

    [IterationCleanup]
    public void IterationCleanup()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            // Microsoft.Data.Sqlite pools connections, which keep the file open.
            SqliteConnection.ClearAllPools();
            foreach (var file in Directory.EnumerateFiles(_folder, Path.GetFileName(_database) + "*")) File.Delete(file);
            return;
        }
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection($"{PostgresServer};Database=postgres");
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
