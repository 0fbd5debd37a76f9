using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Township.Congress.Data;
using Township.Congress.Demo;
using Township.Congress.Formatting;
using Township.Congress.Security;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.Web.Features.Suggestions;

namespace Township.Congress.Web.Tests.Nodes;

/// <summary>
/// Two app processes on one PostgreSQL, as a county server behind a load balancer runs them:
/// a cookie signed in on one node is honoured by the other (one key ring, in the database), and
/// the hourly overdue job, started by both nodes at once, notifies once per overdue item.
/// </summary>
[Trait("Category", "Nodes")]
public sealed class TwoNodeTests : IAsyncLifetime
{
    private static readonly TimeSpan StartUp = TimeSpan.FromMinutes(5);
    private readonly string _server = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)
        ?? throw new InvalidOperationException($"{TestDatabase.PostgresVariable} is not set: run the tests with ./scripts/test.sh.");
    private readonly string _database = $"congress_nodes_{Guid.NewGuid():N}";

    private string ConnectionString => $"{_server};Database={_database}";

    public async Task InitializeAsync()
    {
        // The demo county, seeded by a node whose job is off, so no reminder exists before the two nodes start.
        await using var seeding = AppNode.Start(ConnectionString, new Dictionary<string, string>
        {
            ["Database__SeedDemoData"] = "true", ["Suggestions__Reminders"] = "false",
        });
        await seeding.WaitReadyAsync(StartUp);
    }

    [Fact]
    public async Task ACookieFromOneNodeWorksOnTheOtherAndTheOverdueJobRunsOnceForBoth()
    {
        var overdue = await OverdueItemsAsync();
        Assert.True(overdue > 0, "the demo county has overdue items");
        Assert.Equal(0, await OverdueNoticesAsync());

        var settings = new Dictionary<string, string> { ["Database__SeedDemoData"] = "false" };
        await using var a = AppNode.Start(ConnectionString, settings);
        await using var b = AppNode.Start(ConnectionString, settings);
        await Task.WhenAll(a.WaitReadyAsync(StartUp), b.WaitReadyAsync(StartUp));

        var cookies = new CookieContainer();
        using var onA = Client(a, cookies);
        using var onB = Client(b, cookies);
        var login = await onA.PostAsJsonAsync("/api/v1/auth/login", new { userName = "town01", password = DemoSeeder.DefaultPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync("/api/v1/auth/me")).StatusCode);
        var me = await onB.GetAsync("/api/v1/auth/me");
        Assert.True(me.StatusCode == HttpStatusCode.OK, $"node B refused node A's cookie: {(int)me.StatusCode}\n{b.Output}");
        Assert.Equal(1, await CountAsync(db => db.ProtectionKeys.CountAsync()));

        // Both jobs ran at start; wait for the holder's run to finish, then count.
        var notified = await WaitForAsync(OverdueItemsNotifiedAsync, n => n >= overdue, TimeSpan.FromMinutes(1));
        Assert.Equal(overdue, notified);
        var perRecipient = await CountAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.Overdue)
            .GroupBy(n => new { n.SuggestionId, n.UserId }).Select(g => g.Count()).MaxAsync());
        Assert.Equal(1, perRecipient);
        var lease = await CountAsync(db => db.JobLeases.Where(l => l.Name == OverdueReminderJob.Lease).CountAsync());
        Assert.Equal(1, lease);
    }

    private static HttpClient Client(AppNode node, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = node.Address };

    private Task<int> OverdueItemsAsync()
    {
        var today = ChineseDate.TodayInChina(TimeProvider.System);
        return CountAsync(db => db.Suggestions.CountAsync(s =>
            (s.State == SuggestionState.Assigned || s.State == SuggestionState.Handling) && s.Deadline < today));
    }

    private Task<int> OverdueNoticesAsync() => CountAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.Overdue));

    private Task<int> OverdueItemsNotifiedAsync() => CountAsync(db => db.Notifications
        .Where(n => n.Kind == NotificationKind.Overdue).Select(n => n.SuggestionId).Distinct().CountAsync());

    private async Task<int> CountAsync(Func<CongressDbContext, Task<int>> query)
    {
        await using var db = new CongressDbContext(CongressDatabase.BuildOptions(DatabaseProvider.PostgreSql, ConnectionString), TownshipScope.System("test"));
        return await query(db);
    }

    private static async Task<int> WaitForAsync(Func<Task<int>> read, Func<int, bool> done, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        var value = await read();
        while (!done(value) && DateTime.UtcNow < until)
        {
            await Task.Delay(250);
            value = await read();
        }
        // A second run still writing would show as more rows a moment later.
        await Task.Delay(TimeSpan.FromSeconds(2));
        return await read();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection($"{_server};Database=postgres");
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
