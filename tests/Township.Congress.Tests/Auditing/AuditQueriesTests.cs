using Township.Congress.Auditing;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Security;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Auditing;

public class AuditQueriesTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ChairBrowsesOwnTownshipsAuditOnlyAndSecretaryNone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using (var two = database.Context(county.SecretaryOfTwo))
            await new DeputyService(two).CreateAsync(county.Two.Id, new DeputyInput { Name = "乙乡新代表", Gender = Gender.Male });
        await using (var one = database.Context(county.SecretaryOfOne))
            await new DeputyService(one).CreateAsync(county.One.Id, new DeputyInput { Name = "甲镇新代表", Gender = Gender.Female });

        await using var chair = database.Context(county.ChairOfOne);
        var page = await chair.SearchAuditAsync(new AuditSearch { UserName = "town" });
        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, a => Assert.Equal(county.One.Id, a.TownshipId));
        Assert.Contains(page.Items, a => a.Changes.Contains("甲镇新代表"));
        var byRecord = await chair.SearchAuditAsync(new AuditSearch { EntityType = "Deputy", UserName = "town01", From = new DateOnly(2020, 1, 1) });
        Assert.Equal(1, byRecord.Total);

        await using var secretary = database.Context(county.SecretaryOfOne);
        await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => secretary.SearchAuditAsync(new AuditSearch()));
        await using var admin = database.Context(TownshipScope.Administrator("admin", Guid.NewGuid()));
        // The seed's six inserts are audited too.
        Assert.Equal(8, (await admin.SearchAuditAsync(new AuditSearch { EntityType = "Deputy" })).Total);
    }
}
