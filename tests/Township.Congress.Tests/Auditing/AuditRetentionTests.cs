using Microsoft.EntityFrameworkCore;
using Township.Congress.Auditing;
using Township.Congress.Data;
using Township.Congress.Security;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Auditing;

public class AuditRetentionTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RetentionDeletesOnlyRowsPastTheSettingAuditsItselfAndTheChainStillVerifies(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var clock = new FixedClock(new DateOnly(2024, 1, 10));
        await AuditChainTests.EditVillagesAsync(database, county, 2, "old", clock);
        clock.Today = new DateOnly(2024, 5, 1);
        await AuditChainTests.EditVillagesAsync(database, county, 1, "older", clock);
        clock.Today = new DateOnly(2024, 9, 1);
        await AuditChainTests.EditVillagesAsync(database, county, 3, "kept", clock);
        clock.Today = new DateOnly(2024, 12, 1);
        await using var db = database.Context(TownshipScope.System("audit-chain"), clock);
        var all = await db.AuditEntries.AsNoTracking().ToListAsync();

        // 30 days asked, 180 kept: the September rows (91 days old) stay.
        var purge = await AuditRetention.PurgeAsync(db, retentionDays: 30);

        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-AuditOptions.MinimumRetentionDays);
        Assert.Equal(cutoff, purge.BeforeUtc);
        Assert.Equal(all.Count(a => a.AtUtc < cutoff), purge.Deleted);
        Assert.Equal(2 * 3, purge.Deleted);
        var left = await db.AuditEntries.AsNoTracking().ToListAsync();
        Assert.All(left, a => Assert.True(a.AtUtc >= cutoff));
        Assert.Equal(all.Count - purge.Deleted + 1, left.Count);
        var own = Assert.Single(left, a => a.EntityType == nameof(AuditEntry));
        Assert.Equal(AuditAction.Delete, own.Action);
        Assert.Contains("\"6\"", own.Changes);
        Assert.Contains("2024-06-04", own.Changes);
        Assert.Equal("audit-chain", own.UserName);

        await AuditChain.SealAsync(db);
        var verification = await AuditChain.VerifyAsync(db);
        Assert.True(verification.Ok, verification.Describe());
        Assert.Equal(left.Count, verification.CheckedRows);
        var state = await db.AuditChainStates.AsNoTracking().SingleAsync();
        Assert.Equal(purge.Deleted, state.AnchorSeq);

        // Nothing more is old enough: a second run deletes nothing and writes no row.
        Assert.Equal(0, (await AuditRetention.PurgeAsync(db, 180)).Deleted);
        Assert.Equal(left.Count, await db.AuditEntries.CountAsync());

        // A year on, the rest goes too, and the chain still verifies from the moved anchor.
        clock.Today = new DateOnly(2028, 6, 1); // past the rows SmallCounty wrote on the real clock
        var later = await AuditRetention.PurgeAsync(db, 365);
        Assert.Equal(left.Count, later.Deleted);
        Assert.True((await AuditChain.VerifyAsync(db)).Ok);
        await AuditChain.SealAsync(db);
        Assert.Equal(1, (await AuditChain.VerifyAsync(db)).CheckedRows);
    }
}
