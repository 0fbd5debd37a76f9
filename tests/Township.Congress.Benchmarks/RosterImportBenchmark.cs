using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Security;

namespace Township.Congress.Benchmarks;

/// <summary>
/// Imports a 10,000-row roster into an empty township of a freshly migrated SQLite file.
/// Every measured iteration gets its own database (made in <see cref="IterationSetup"/>, not
/// measured), so each import inserts 10,000 new deputies. Target: ≤ 3 s on a 2-core machine.
/// </summary>
[Config(typeof(ImportConfig))]
public class RosterImportBenchmark
{
    public const int Rows = 10_000;

    private byte[] _workbook = [];
    private string _folder = "";
    private string _databaseFile = "";
    private DbContextOptions<CongressDbContext>? _options;
    private Guid _townshipId;
    private int _iteration;

    [GlobalSetup]
    public void GlobalSetup()
    {
        _workbook = BenchData.RosterWorkbook(Rows);
        _folder = Directory.CreateTempSubdirectory("congress-bench-").FullName;
        Console.WriteLine($"// Roster workbook: {Rows:N0} rows, {_workbook.Length:N0} bytes");
    }

    [IterationSetup]
    public void IterationSetup()
    {
        _databaseFile = Path.Combine(_folder, $"import-{++_iteration}.db");
        _options = CongressDatabase.BuildOptions(DatabaseProvider.Sqlite, $"Data Source={_databaseFile}");
        _townshipId = BenchData.CreateDatabaseAsync(_options).GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<int> Import10000Rows()
    {
        await using var db = new CongressDbContext(_options!, TownshipScope.System("bench"));
        using var stream = new MemoryStream(_workbook, writable: false);
        var result = await new RosterImport(db).ImportAsync(_townshipId, stream);
        if (!result.Succeeded || result.Created != Rows)
        {
            var first = result.Errors.FirstOrDefault();
            throw new InvalidOperationException($"Import created {result.Created}, updated {result.Updated}, errors {result.Errors.Count}: {first}");
        }
        return result.Created;
    }

    [IterationCleanup]
    public void IterationCleanup()
    {
        // Microsoft.Data.Sqlite pools connections, which keep the file open.
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(_folder, Path.GetFileName(_databaseFile) + "*")) File.Delete(file);
    }

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
