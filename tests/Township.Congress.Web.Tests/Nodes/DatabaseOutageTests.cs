using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Township.Congress.Data;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.Web.Infrastructure;
using Township.Congress.Web.Tests.Http;

namespace Township.Congress.Web.Tests.Nodes;

/// <summary>
/// PostgreSQL goes away under load and comes back: meanwhile every request is a 503 problem in
/// Chinese (never a 500), /health/ready says not ready while /health/live says alive, and after it
/// returns the same signed-in client works again, with no restart of the app.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private readonly TcpRelay _relay = new(new NpgsqlConnectionStringBuilder(
        Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable) ?? "Host=127.0.0.1;Port=5432").Port);
    private RelayedPostgresAppFactory? _app;

    public Task InitializeAsync()
    {
        _relay.Start();
        _app = new RelayedPostgresAppFactory(_relay.Port);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task WhileTheDatabaseIsAwayRequestsAre503AndTheAppRecoversWhenItReturns()
    {
        var app = _app!;
        var client = await app.LoginAsync("town01");
        var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/townships")).StatusCode);
        var status = app.Services.GetRequiredService<DatabaseStatus>();
        Assert.True(status.Available);

        _relay.Cut();
        var during = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetAsync("/api/v1/townships")));
        Assert.All(during, r => Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode));
        var problem = await during[0].Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("数据库暂时无法连接", problem.GetProperty("title").GetString());
        Assert.True(during[0].Headers.Contains("Retry-After"));
        Assert.False(status.Available); // the pages' banner shows
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await anonymous.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);

        _relay.Start();
        var back = await Until(async () => (await anonymous.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK);
        Assert.True(back, "ready again within 30 s");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/townships")).StatusCode); // still signed in
        Assert.True(await Until(() => Task.FromResult(status.Available)), "the banner goes away by itself");
    }

    private static async Task<bool> Until(Func<Task<bool>> condition)
    {
        for (var until = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < until; await Task.Delay(200))
            if (await condition()) return true;
        return false;
    }

    public async Task DisposeAsync()
    {
        _relay.Start(); // the factory drops its database through the real server, but let the app's pool close cleanly
        if (_app is not null) await _app.DisposeAsync();
        await _relay.DisposeAsync();
    }

    private sealed class RelayedPostgresAppFactory(int relayPort) : CongressAppFactory(DatabaseProvider.PostgreSql)
    {
        protected override string PostgresConnection(string server, string database) =>
            new NpgsqlConnectionStringBuilder($"{server};Database={database}") { Port = relayPort, Timeout = 3 }.ConnectionString;
    }
}
