using Microsoft.EntityFrameworkCore;
using Npgsql;
using Township.Congress.Data;
using Township.Congress.Security;

namespace Township.Congress.Testing.Infrastructure;

/// <summary>
/// A fresh, migrated database on one provider: a temp SQLite file, or a new database on the
/// PostgreSQL server the test command started (CONGRESS_TEST_POSTGRES). Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "CONGRESS_TEST_POSTGRES";

    private readonly string? _sqliteFile;
    private readonly string? _pgDatabase;
    private readonly string? _pgServer;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? pgServer, string? pgDatabase)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Options = CongressDatabase.BuildOptions(provider, connectionString);
        _sqliteFile = sqliteFile;
        _pgServer = pgServer;
        _pgDatabase = pgDatabase;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public DbContextOptions<CongressDbContext> Options { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        TestDatabase db;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"congress-test-{Guid.NewGuid():N}.db");
            db = new TestDatabase(provider, $"Data Source={file};Pooling=False", file, null, null);
        }
        else
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable)
                ?? throw new InvalidOperationException(
                    $"{PostgresVariable} is not set: run the tests with ./scripts/test.sh, which starts a throwaway PostgreSQL.");
            var name = $"congress_test_{Guid.NewGuid():N}";
            db = new TestDatabase(provider, $"{server};Database={name}", null, server, name);
        }
        await CongressDatabase.MigrateAsync(db.Options);
        return db;
    }

    public CongressDbContext Context(TownshipScope scope, TimeProvider? clock = null) => new(Options, scope, clock);

    public CongressDbContext System() => Context(TownshipScope.System("test"));

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
                if (File.Exists(f)) File.Delete(f);
        }
        if (_pgDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection($"{_pgServer};Database=postgres");
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_pgDatabase}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
    }
}
