using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Township.Congress.Data;
using Township.Congress.Demo;
using Township.Congress.Security;

namespace Township.Congress.Tests.Http;

/// <summary>The whole app in memory, on a temp SQLite file with the demo county seeded.</summary>
public sealed class CongressAppFactory : WebApplicationFactory<Program>
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"congress-http-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Congress", $"Data Source={_file}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Logging:Directory", Path.Combine(Path.GetTempPath(), "congress-test-logs"));
    }

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
    }
}
