using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Rectifications;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Rectifications;

public class RectificationServiceTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OpenItemsPastTheirDeadlineAreListedWithDaysOverdueUntilCompleted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var source = Guid.NewGuid();
        await using var db = database.Context(county.SecretaryOfOne, new FixedClock(Today));
        var service = new RectificationService(db);
        var late = await service.AddAsync(county.One.Id, RectificationSource.Activity, source, new("道路破损未修复", null, "镇交通站", Today.AddDays(-10)));
        await service.AddAsync(county.One.Id, RectificationSource.Activity, source, new("垃圾清运不及时", null, "镇环卫所", Today));

        var overdue = Assert.Single(await service.OverdueAsync(county.One.Id));
        Assert.Equal((late.Id, 10, "镇交通站"), (overdue.Id, overdue.DaysOverdue, overdue.OwnerUnitName));
        Assert.Equal(2, (await service.ListAsync(RectificationSource.Activity, source)).Count);

        await Assert.ThrowsAsync<DomainValidationException>(() => service.CompleteAsync(late.Id, " ", Today, late.Version));
        var seen = late.Version;
        await service.CompleteAsync(late.Id, "已修复路面", Today, seen);
        Assert.Empty(await service.OverdueAsync(county.One.Id));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => service.UpdateAsync(late.Id, new("x", null, "y", Today), seen));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnItemNeedsAMatterAndAUnitAndStaysInItsTownship(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using (var db = database.Context(county.SecretaryOfOne))
        {
            var invalid = await Assert.ThrowsAsync<DomainValidationException>(() =>
                new RectificationService(db).AddAsync(county.One.Id, RectificationSource.Appraisal, Guid.NewGuid(), new("", null, " ", Today)));
            Assert.Equal(["Matter", "OwnerUnitName"], invalid.Errors.Select(e => e.Field));
            await Assert.ThrowsAsync<DomainValidationException>(() =>
                new RectificationService(db).AddAsync(county.One.Id, RectificationSource.Appraisal, Guid.NewGuid(), new("事项", Guid.NewGuid(), null, Today)));
        }
        await using (var db = database.Context(county.SecretaryOfTwo))
        {
            await Assert.ThrowsAsync<Township.Congress.Security.TownshipAccessDeniedException>(() =>
                new RectificationService(db).AddAsync(county.One.Id, RectificationSource.Activity, Guid.NewGuid(), new("事项", null, "单位", Today)));
        }
    }
}
