using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Security;
using Township.Congress.Servers;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Servers;

public class JobLeaseTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OneNodeHoldsTheLeaseRenewsItAndAnotherTakesItOnlyAfterItExpires(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FixedClock(new DateOnly(2026, 3, 2));
        await using var db = database.Context(TownshipScope.System("test"), clock);

        Assert.True(await JobLeases.TryAcquireAsync(db, "job", "node-a", Hour));
        Assert.False(await JobLeases.TryAcquireAsync(db, "job", "node-b", Hour));
        Assert.True(await JobLeases.TryAcquireAsync(db, "job", "node-a", Hour)); // renewed by its holder
        Assert.True(await JobLeases.TryAcquireAsync(db, "other-job", "node-b", Hour)); // leases are per job

        clock.Today = clock.Today.AddDays(1); // node-a died and did not renew
        Assert.True(await JobLeases.TryAcquireAsync(db, "job", "node-b", Hour));
        Assert.False(await JobLeases.TryAcquireAsync(db, "job", "node-a", Hour));

        await JobLeases.ReleaseAsync(db, "job", "node-b");
        Assert.True(await JobLeases.TryAcquireAsync(db, "job", "node-a", Hour)); // released: no wait for expiry
        Assert.Equal("node-a", (await db.JobLeases.AsNoTracking().SingleAsync(l => l.Name == "job")).Holder);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OfEightNodesRacingForTheLeaseExactlyOneWinsBothForANewAndForAnExpiredLease(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FixedClock(new DateOnly(2026, 3, 2));

        Assert.Equal(1, await RaceAsync(database, clock)); // nobody ever held it: the insert decides
        clock.Today = clock.Today.AddDays(1);
        Assert.Equal(1, await RaceAsync(database, clock)); // it expired: the conditional update decides
    }

    private static async Task<int> RaceAsync(TestDatabase database, TimeProvider clock)
    {
        using var start = new Barrier(8);
        var attempts = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            await using var db = database.Context(TownshipScope.System("test"), clock);
            await db.Database.OpenConnectionAsync();
            start.SignalAndWait();
            return await Retrying(() => JobLeases.TryAcquireAsync(db, "race", $"node-{i}", Hour));
        }));
        var results = await Task.WhenAll(attempts);
        return results.Count(r => r);
    }

    // SQLite answers a writer that meets another's lock with "database is locked" once its busy timeout ends;
    // a node would try again at its next run, so the test does too.
    private static async Task<bool> Retrying(Func<Task<bool>> attempt)
    {
        for (var i = 0; ; i++)
        {
            try
            {
                return await attempt();
            }
            catch (Microsoft.Data.Sqlite.SqliteException) when (i < 20)
            {
                await Task.Delay(50);
            }
        }
    }
}
