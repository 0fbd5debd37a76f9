using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Township.Congress.Demo;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Web.Tests.Nodes;

/// <summary>
/// The embedded default under the worst stop: the app on SQLite, four writers saving deputies
/// through the API, killed with SIGKILL at a random moment, twenty times over one database file.
/// Every write the API acknowledged (201) is there afterwards, and SQLite's integrity check is ok.
/// </summary>
[Trait("Category", "Nodes")]
public sealed class SqliteKillTests : IAsyncLifetime
{
    private const int Cycles = 20;
    private const int Writers = 4;
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"congress-kill-{Guid.NewGuid():N}.db");

    private string ConnectionString => $"Data Source={_file}";

    public async Task InitializeAsync()
    {
        await using var seeding = Start(seed: true);
        await seeding.WaitReadyAsync(TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task NoAcknowledgedWriteIsLostAcrossTwentyKillsAndTheFileStaysIntact()
    {
        var acknowledged = new ConcurrentBag<string>();
        var random = new Random(20261201);
        for (var cycle = 0; cycle < Cycles; cycle++)
        {
            await using var node = Start(seed: false);
            await node.WaitReadyAsync(TimeSpan.FromMinutes(2));
            var cookies = new CookieContainer();
            using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = node.Address };
            var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "town01", password = DemoSeeder.DefaultPassword });
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);

            var before = acknowledged.Count;
            var writers = Enumerable.Range(0, Writers).Select(w => WriteUntilKilledAsync(client, cycle, w, acknowledged)).ToList();
            // At least a few writes in, then the kill lands wherever the writers are.
            while (acknowledged.Count < before + Writers && writers.TrueForAll(t => !t.IsCompleted)) await Task.Delay(20);
            await Task.Delay(random.Next(50, 600));
            await node.KillAsync();
            await Task.WhenAll(writers);
        }

        await using var connection = new SqliteConnection($"{ConnectionString};Pooling=False");
        await connection.OpenAsync();
        Assert.Equal("ok", await ScalarAsync(connection, "PRAGMA integrity_check"));
        var saved = new HashSet<string>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT Name FROM Deputies WHERE Name LIKE '耐久%'";
            await using var rows = await read.ExecuteReaderAsync();
            while (await rows.ReadAsync()) saved.Add(rows.GetString(0));
        }
        Assert.True(acknowledged.Count >= Cycles * Writers, $"only {acknowledged.Count} writes were acknowledged");
        Assert.DoesNotContain(acknowledged, name => !saved.Contains(name));
    }

    private static async Task WriteUntilKilledAsync(HttpClient client, int cycle, int writer, ConcurrentBag<string> acknowledged)
    {
        for (var i = 0; ; i++)
        {
            var name = $"耐久{cycle:D2}{writer}{i:D4}";
            try
            {
                var response = await client.PostAsJsonAsync("/api/v1/deputies", new
                {
                    deputy = new { name, gender = "Female", birthDate = "1980-05-06", levels = "Township", category = "Farmer" },
                });
                if (response.StatusCode != HttpStatusCode.Created)
                    throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                acknowledged.Add(name);
            }
            catch (HttpRequestException)
            {
                return; // the node was killed: this write was never acknowledged
            }
        }
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }

    private AppNode Start(bool seed) => AppNode.Start(ConnectionString, new Dictionary<string, string>
    {
        ["Database__SeedDemoData"] = seed ? "true" : "false", ["Suggestions__Reminders"] = "false",
    }, provider: "Sqlite");

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
            if (File.Exists(f)) File.Delete(f);
        return Task.CompletedTask;
    }
}
