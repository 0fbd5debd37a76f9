using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Township.Congress.Security;

namespace Township.Congress.Data;

/// <summary>
/// The provider switch. Each provider keeps its own migrations in its own assembly, the way
/// EF Core handles more than one provider.
/// </summary>
public static class CongressDatabase
{
    public const string SqliteMigrations = "Township.Congress.Migrations.Sqlite";
    public const string PostgreSqlMigrations = "Township.Congress.Migrations.PostgreSql";

    public static DbContextOptions<CongressDbContext> BuildOptions(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<CongressDbContext>();
        Configure(builder, provider, connectionString);
        return builder.Options;
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrations));
                break;
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgreSqlMigrations));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Database:Provider must be Sqlite or PostgreSql.");
        }
        // A model built with pending changes would otherwise only fail at the first migration.
        builder.ConfigureWarnings(w => w.Log(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>Applies the provider's migrations; SQLite is switched to WAL so readers never block the writer.</summary>
    public static async Task MigrateAsync(DbContextOptions<CongressDbContext> options, CancellationToken ct = default)
    {
        await using var db = new CongressDbContext(options, TownshipScope.System("migrations"));
        if (db.Database.IsSqlite())
        {
            var cs = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
            var folder = Path.GetDirectoryName(Path.GetFullPath(cs.DataSource));
            if (!string.IsNullOrEmpty(folder) && cs.DataSource != ":memory:") Directory.CreateDirectory(folder);
        }
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        await Deputies.NameKeys.FillMissingAsync(db, ct);
    }
}
