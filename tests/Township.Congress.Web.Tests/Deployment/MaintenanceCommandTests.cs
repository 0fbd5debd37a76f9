using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Township.Congress.Data;
using Township.Congress.Web.Infrastructure;
using Township.Congress.Web.Tests.Http;

namespace Township.Congress.Web.Tests.Deployment;

/// <summary>The app's maintenance verbs as an operator runs them, on the demo county after edits through the API.</summary>
public class MaintenanceCommandTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    [Fact]
    public async Task VerifyAuditPassesAfterEditsThroughTheApiAndFailsOnARowAlteredInTheDatabase()
    {
        var client = app.Anonymous();
        for (var i = 0; i < 3; i++) await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "chair14", password = "wrong" });
        var secretary = await app.LoginAsync("town05");
        await secretary.GetAsync("/api/v1/deputies?pageSize=1");
        var options = app.Services.GetRequiredService<DbContextOptions<CongressDbContext>>();

        var output = new StringWriter();
        Assert.Equal(0, await MaintenanceCommands.VerifyAuditAsync(options, output));
        Assert.Contains("审计链完整", output.ToString());

        await using var db = app.SystemContext();
        var row = await db.AuditEntries.AsNoTracking().Where(a => a.UserName == "chair14").OrderBy(a => a.Seq).FirstAsync();
        Assert.NotNull(row.Seq);
        await db.AuditEntries.Where(a => a.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.UserName, "chair13"));
        try
        {
            output = new StringWriter();
            Assert.Equal(1, await MaintenanceCommands.VerifyAuditAsync(options, output));
            Assert.Contains($"第 {row.Seq} 条记录（{row.Id}）的内容已被改动", output.ToString());
        }
        finally
        {
            await db.AuditEntries.Where(a => a.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.UserName, row.UserName));
        }
        Assert.Equal(0, await MaintenanceCommands.VerifyAuditAsync(options, new StringWriter()));
    }

    [Fact]
    public async Task RestoreWithoutYesReplacesNothingAndAVerbWithoutItsFileShowsTheUsage()
    {
        var output = new StringWriter();
        Assert.Equal(2, await MaintenanceCommands.RunAsync(["restore", "/tmp/no-such-backup.bak"], output));
        Assert.Contains("--yes", output.ToString());
        Assert.Equal(2, await MaintenanceCommands.RunAsync(["backup"], output));
        Assert.Contains("用法", output.ToString());
        Assert.True(MaintenanceCommands.Handles(["verify-audit"]));
        Assert.False(MaintenanceCommands.Handles(["--urls=http://localhost:5080"]));
    }
}
