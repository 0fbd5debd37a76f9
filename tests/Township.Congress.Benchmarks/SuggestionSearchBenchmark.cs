using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Npgsql;
using NpgsqlTypes;
using Township.Congress.Data;
using Township.Congress.Places;
using Township.Congress.Security;
using Township.Congress.Suggestions;

namespace Township.Congress.Benchmarks;

/// <summary>
/// One search request per iteration (a fresh context, the count and the first page of 20), a
/// hundred iterations, so the P95 column is the 95th percentile of single requests.
/// </summary>
public sealed class RequestConfig : ManualConfig
{
    public RequestConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(5)
            .WithIterationCount(100)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("Request"));
        AddColumn(StatisticColumn.P95, StatisticColumn.Median, StatisticColumn.Max);
    }
}

/// <summary>
/// Keyword search over 100,000 items on PostgreSQL (the production database): a county of
/// 15 townships, items of twenty years, realistic titles and texts. Needs a server: set
/// CONGRESS_BENCH_POSTGRES (or CONGRESS_TEST_POSTGRES) to a connection string without a
/// database; a throwaway database is created and dropped.
/// </summary>
[Config(typeof(RequestConfig))]
public class SuggestionSearchBenchmark
{
    public const int Items = 100_000;

    private string _server = "";
    private string _database = "";
    private Microsoft.EntityFrameworkCore.DbContextOptions<CongressDbContext> _options = null!;
    private TownshipScope _county = null!;
    private TownshipScope _secretary = null!;

    [GlobalSetup]
    public void GlobalSetup() => SetupAsync().GetAwaiter().GetResult();

    public async Task SetupAsync()
    {
        _server = Environment.GetEnvironmentVariable("CONGRESS_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("CONGRESS_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set CONGRESS_BENCH_POSTGRES to a PostgreSQL connection string (no database).");
        _database = $"congress_bench_{Guid.NewGuid():N}";
        _options = CongressDatabase.BuildOptions(DatabaseProvider.PostgreSql, $"{_server};Database={_database}");
        await CongressDatabase.MigrateAsync(_options);
        var townships = await SuggestionBenchData.SeedCountyAsync(_options);
        await using (var connection = new NpgsqlConnection($"{_server};Database={_database}"))
        {
            await connection.OpenAsync();
            await SuggestionBenchData.CopyItemsAsync(connection, townships, Items);
            await using var analyze = new NpgsqlCommand("ANALYZE", connection);
            await analyze.ExecuteNonQueryAsync();
        }
        _county = TownshipScope.CountyViewer("county", Guid.NewGuid(), townships);
        _secretary = TownshipScope.Secretary("town01", Guid.NewGuid(), townships[0]);
    }

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        NpgsqlConnection.ClearAllPools();
        // CONGRESS_BENCH_KEEP=1 leaves the database for EXPLAIN ANALYZE by hand.
        if (Environment.GetEnvironmentVariable("CONGRESS_BENCH_KEEP") == "1")
        {
            Console.WriteLine($"kept database {_database}");
            return;
        }
        using var connection = new NpgsqlConnection($"{_server};Database=postgres");
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }

    private async Task<int> SearchAsync(TownshipScope scope, SuggestionSearch search)
    {
        await using var db = new CongressDbContext(_options, scope);
        var page = await db.SearchAsync(search);
        return page.Total;
    }

    [Benchmark(Description = "county: 道路 (2 characters, common)")]
    public Task<int> CountyCommonShortKeyword() => SearchAsync(_county, new SuggestionSearch { Query = "道路" });

    [Benchmark(Description = "county: 灌溉渠系 (4 characters)")]
    public Task<int> CountyLongerKeyword() => SearchAsync(_county, new SuggestionSearch { Query = "灌溉渠系" });

    [Benchmark(Description = "county: 冷链仓储 + year + state")]
    public Task<int> CountyKeywordWithFilters() =>
        SearchAsync(_county, new SuggestionSearch { Query = "冷链仓储", Year = 2025, State = SuggestionState.Closed });

    [Benchmark(Description = "county: 视频监控, all years")]
    public Task<int> CountyRareKeyword() => SearchAsync(_county, new SuggestionSearch { Query = "视频监控" });

    [Benchmark(Description = "county: overdue list")]
    public Task<int> CountyOverdue() => SearchAsync(_county, new SuggestionSearch { Overdue = true });

    [Benchmark(Description = "township: 卫生 (2 characters)")]
    public Task<int> TownshipShortKeyword() => SearchAsync(_secretary, new SuggestionSearch { Query = "卫生" });
}
