using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Security;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Data;

public class ScopingTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SecretaryReadsOnlyOwnTownship(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);

        Assert.All(await db.Deputies.ToListAsync(), d => Assert.Equal(county.One.Id, d.TownshipId));
        Assert.Equal(3, await db.Deputies.CountAsync());
        Assert.Equal([county.One.Id], await db.Townships.Select(t => t.Id).ToListAsync());
        Assert.Null(await db.Deputies.FirstOrDefaultAsync(d => d.Id == county.DeputyOfTwo.Id));
        Assert.Single(await db.Counties.ToListAsync());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SecretaryCannotChangeOtherTownship(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using (var db = database.Context(county.SecretaryOfOne))
        {
            // Even a record obtained past the filters cannot be saved.
            var other = await db.Deputies.IgnoreQueryFilters().FirstAsync(d => d.Id == county.DeputyOfTwo.Id);
            other.Name = "篡改";
            await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => db.SaveChangesAsync());
        }
        await using (var db = database.Context(county.SecretaryOfOne))
        {
            db.Deputies.Add(new Deputy { Name = "混入", TownshipId = county.Two.Id, TermId = Guid.NewGuid() });
            await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => db.SaveChangesAsync());
        }
        await using (var db = database.Context(county.SecretaryOfOne))
        {
            // Moving an own record into another township is refused too.
            var own = await db.Deputies.FirstAsync(d => d.Id == county.DeputyOfOne.Id);
            own.TownshipId = county.Two.Id;
            await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => db.SaveChangesAsync());
        }
        await using var check = database.System();
        Assert.Equal("张建国", (await check.Deputies.SingleAsync(d => d.Id == county.DeputyOfTwo.Id)).Name);
        Assert.Equal(3, await check.Deputies.CountAsync(d => d.TownshipId == county.Two.Id));
        Assert.Equal(county.One.Id, (await check.Deputies.SingleAsync(d => d.Id == county.DeputyOfOne.Id)).TownshipId);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CountyViewerReadsEveryTownshipAndWritesNone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.CountyViewer);

        Assert.Equal(6, await db.Deputies.CountAsync());
        var deputy = await db.Deputies.FirstAsync();
        deputy.Ethnicity = "回族";
        await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => db.SaveChangesAsync());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ChairReadsOwnTownshipButCannotEdit(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.ChairOfOne);

        Assert.Equal(3, await db.Deputies.CountAsync());
        var service = new DeputyService(db);
        await Assert.ThrowsAsync<TownshipAccessDeniedException>(() =>
            service.CreateAsync(county.One.Id, new DeputyInput { Name = "新代表", Gender = Gender.Male }));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnonymousSeesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SmallCounty.SeedAsync(database);
        await using var db = database.Context(TownshipScope.Anonymous);

        Assert.Equal(0, await db.Deputies.CountAsync());
        Assert.Equal(0, await db.Townships.CountAsync());
        Assert.Equal(0, await db.Counties.CountAsync());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task LookupOfOtherTownshipsRecordLooksLikeMissingButIsDistinguished(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);

        await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => db.FindVisibleAsync<Deputy>(county.DeputyOfTwo.Id));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => db.FindVisibleAsync<Deputy>(Guid.NewGuid()));
        Assert.Equal(county.DeputyOfOne.Id, (await db.FindVisibleAsync<Deputy>(county.DeputyOfOne.Id)).Id);
    }
}
