using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Auditing;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Model;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Data;

public class AuditAndConcurrencyTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SecondOfTwoConcurrentEditsIsRefusedAndAuditShowsTheFirst(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var id = county.DeputyOfOne.Id;

        // Both secretaries open the same record at version 0.
        await using var first = database.Context(county.SecretaryOfOne);
        await using var second = database.Context(county.SecretaryOfOne);
        var a = DeputyInput.From(await first.Deputies.AsNoTracking().SingleAsync(d => d.Id == id));
        var b = DeputyInput.From(await second.Deputies.AsNoTracking().SingleAsync(d => d.Id == id));
        a.Occupation = "村党支部书记";
        b.Occupation = "种植大户";

        var saved = await new DeputyService(first).UpdateAsync(id, a, version: 0);
        Assert.Equal(1, saved.Version);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => new DeputyService(second).UpdateAsync(id, b, version: 0));
        Assert.Contains("已被其他人修改", conflict.Message);

        await using var check = database.System();
        Assert.Equal("村党支部书记", (await check.Deputies.SingleAsync(d => d.Id == id)).Occupation);
        var audit = await check.AuditEntries.Where(e => e.EntityKey == id.ToString() && e.Action == AuditAction.Update).ToListAsync();
        var entry = Assert.Single(audit);
        Assert.Equal("town01", entry.UserName);
        Assert.Equal(county.One.Id, entry.TownshipId);
        var changes = JsonDocument.Parse(entry.Changes).RootElement;
        Assert.Equal("村党支部书记", changes.GetProperty("Occupation").GetProperty("new").GetString());
        Assert.Equal("", changes.GetProperty("Occupation").GetProperty("old").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task InsertIsAuditedInTheSameSaveAndPhonesAreMasked(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);

        var deputy = await new DeputyService(db).CreateAsync(county.One.Id, new DeputyInput { Name = "赵新", Gender = Gender.Male, Phone = "13912345678" });

        await using var check = database.System();
        var entry = await check.AuditEntries.SingleAsync(e => e.EntityKey == deputy.Id.ToString());
        Assert.Equal(AuditAction.Insert, entry.Action);
        Assert.Equal("Deputy", entry.EntityType);
        Assert.Contains("赵新", entry.Changes);
        Assert.Contains("139****5678", entry.Changes);
        Assert.DoesNotContain("13912345678", entry.Changes);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RefusedWriteLeavesNoAuditRow(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var check = database.System();
        var before = await check.AuditEntries.CountAsync();

        await using var db = database.Context(county.CountyViewer);
        (await db.Deputies.FirstAsync()).Name = "改名";
        await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync());

        Assert.Equal(before, await check.AuditEntries.CountAsync());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DeputiesAreNeverDeleted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);

        db.Deputies.Remove(await db.Deputies.FirstAsync());
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("不可删除", error.Message);
    }
}
