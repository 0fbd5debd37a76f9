using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Township.Congress.Data;
using Township.Congress.Demo;
using Township.Congress.Security;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Web.Tests.Http;

/// <summary>
/// The whole app in memory with the demo county seeded: on a temp SQLite file, or (the
/// <see cref="PostgresAppFactory"/>) on a new database of the CONGRESS_TEST_POSTGRES server.
/// </summary>
public class CongressAppFactory : WebApplicationFactory<Program>
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"congress-http-{Guid.NewGuid():N}.db");
    private readonly string? _pgServer;
    private readonly string? _pgDatabase;

    public CongressAppFactory() : this(DatabaseProvider.Sqlite)
    {
    }

    protected CongressAppFactory(DatabaseProvider provider)
    {
        Provider = provider;
        if (provider != DatabaseProvider.PostgreSql) return;
        _pgServer = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)
            ?? throw new InvalidOperationException($"{TestDatabase.PostgresVariable} is not set: run the tests with ./scripts/test.sh.");
        _pgDatabase = $"congress_http_{Guid.NewGuid():N}";
    }

    public DatabaseProvider Provider { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Congress", _pgDatabase is null ? $"Data Source={_file}" : PostgresConnection(_pgServer!, _pgDatabase));
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Logging:Directory", Path.Combine(Path.GetTempPath(), "congress-test-logs"));
        // The tests sign in far more often than a person: the per-address login limit is tested on
        // its own host (LoginDisclosureTests), not left to trip the other tests at random.
        builder.UseSetting("Security:LoginAttemptsPerAddressPerMinute", "1000");
        // The rollup job would recompute every demo township's records beside each test; the tests refresh when they choose.
        builder.UseSetting(global::Township.Congress.Web.Features.Dashboards.FigureRollupJob.Setting, "false");
    }

    /// <summary>The app's connection to its PostgreSQL database; a test may route it through a relay it controls.</summary>
    protected virtual string PostgresConnection(string server, string database) => $"{server};Database={database}";

    public CongressDbContext SystemContext() =>
        new(Services.GetRequiredService<Microsoft.EntityFrameworkCore.DbContextOptions<CongressDbContext>>(), TownshipScope.System("test"));

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<HttpClient> LoginAsync(string userName, string password = DemoSeeder.DefaultPassword)
    {
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName, password });
        response.EnsureSuccessStatusCode();
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
            if (File.Exists(f)) File.Delete(f);
        if (_pgDatabase is null) return;
        Npgsql.NpgsqlConnection.ClearAllPools();
        using var conn = new Npgsql.NpgsqlConnection($"{_pgServer};Database=postgres");
        conn.Open();
        using var cmd = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_pgDatabase}\" WITH (FORCE)", conn);
        cmd.ExecuteNonQuery();
    }
}

/// <summary>The same app on PostgreSQL, where a value too long or a NUL character is an error of the database itself.</summary>
public sealed class PostgresAppFactory() : CongressAppFactory(DatabaseProvider.PostgreSql);
