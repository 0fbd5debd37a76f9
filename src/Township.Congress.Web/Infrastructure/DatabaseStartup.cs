using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Demo;
using Township.Congress.Security;

namespace Township.Congress.Web.Infrastructure;

/// <summary>Applies migrations and, when configured, seeds the demo county, before the app serves.</summary>
public static class DatabaseStartup
{
    public static async Task InitializeAsync(WebApplication app)
    {
        PdfFonts.Check(app);
        var options = app.Services.GetRequiredService<DbContextOptions<CongressDbContext>>();
        var database = app.Services.GetRequiredService<DatabaseOptions>();
        var log = app.Services.GetRequiredService<ILogger<CongressDbContext>>();
        log.LogInformation("Database provider {Provider}", database.Provider);
        await CongressDatabase.MigrateAsync(options);
        if (!database.SeedDemoData) return;

        await using var db = new CongressDbContext(options, TownshipScope.System("demo-seed"));
        if (await DemoSeeder.SeedAsync(db))
            log.LogInformation("Seeded the demo county");
        Console.WriteLine($"""

            ===== 演示数据 / Demo data =====
            登录 Login: admin | county | town01…town15 | chair01…chair15 | unit01…unit08 (承办单位)
            密码 Password: {DemoSeeder.DefaultPassword}
            ================================

            """);
    }
}
