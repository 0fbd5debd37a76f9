using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Demo;
using Township.Congress.Security;
using Township.Congress.Servers;

namespace Township.Congress.Web.Infrastructure;

/// <summary>Applies migrations and, when configured, seeds the demo county, before the app serves.</summary>
public static class DatabaseStartup
{
    public const string StartupLease = "start-up";

    public static async Task InitializeAsync(WebApplication app)
    {
        PdfFonts.Check(app);
        var options = app.Services.GetRequiredService<DbContextOptions<CongressDbContext>>();
        var database = app.Services.GetRequiredService<DatabaseOptions>();
        var log = app.Services.GetRequiredService<ILogger<CongressDbContext>>();
        log.LogInformation("Database provider {Provider}", database.Provider);
        await CongressDatabase.MigrateAsync(options);

        // Several nodes may start at once (docker-compose replicas): one at a time makes the first
        // data-protection key and seeds the demo county; the others then find both done.
        await using var leases = new CongressDbContext(options, TownshipScope.System("start-up"));
        await using var db = new CongressDbContext(options, TownshipScope.System("demo-seed"));
        await JobLeases.RunAloneAsync(leases, StartupLease, TimeSpan.FromMinutes(15), async () =>
        {
            DatabaseKeyRing.EnsureKey(app.Services);
            if (database.SeedDemoData && await DemoSeeder.SeedAsync(db))
                log.LogInformation("Seeded the demo county");
        });
        if (!database.SeedDemoData) return;
        Console.WriteLine($"""

            ===== 演示数据 / Demo data =====
            登录 Login: admin | county | town01…town15 | chair01…chair15 | unit01…unit08 (承办单位)
            密码 Password: {DemoSeeder.DefaultPassword}
            ================================

            """);
    }
}
