using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Model;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Deputies;

public class DeputyServiceTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StatusChangeIsDatedAndKeptInHistory(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var service = new DeputyService(db);

        var changed = await service.ChangeStatusAsync(county.DeputyOfOne.Id, DeputyStatus.Resigned, new DateOnly(2024, 9, 8), "工作调动", 0);
        Assert.Equal(DeputyStatus.Resigned, changed.Status);
        await service.ChangeStatusAsync(county.DeputyOfOne.Id, DeputyStatus.InOffice, new DateOnly(2025, 3, 1), "补选", changed.Version);

        await using var check = database.System();
        var history = await check.DeputyStatusChanges.Where(s => s.DeputyId == county.DeputyOfOne.Id).OrderBy(s => s.EffectiveOn).ToListAsync();
        Assert.Equal(2, history.Count);
        Assert.Equal((DeputyStatus.InOffice, DeputyStatus.Resigned, "工作调动"), (history[0].From, history[0].To, history[0].Reason));
        Assert.Equal(new DateOnly(2025, 3, 1), history[1].EffectiveOn);
        Assert.Equal("town01", history[1].RecordedBy);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StatusChangeNeedsReasonAndAPlausibleDate(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);

        var e = await Assert.ThrowsAsync<DomainValidationException>(() =>
            new DeputyService(db).ChangeStatusAsync(county.DeputyOfOne.Id, DeputyStatus.Deceased, new DateOnly(2020, 1, 1), " ", 0));
        Assert.Contains(e.Errors, x => x.Field == "Reason" && x.Message.Contains("原因"));
        Assert.Contains(e.Errors, x => x.Field == "EffectiveOn" && x.Message.Contains("不能早于"));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateValidatesInChineseAndRefusesForeignReferences(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var two = database.System();
        var foreignGroup = await two.DeputyGroups.FirstAsync(g => g.TownshipId == county.Two.Id);
        await using var db = database.Context(county.SecretaryOfOne);

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => new DeputyService(db).CreateAsync(county.One.Id, new DeputyInput
        {
            Name = "", IdCardNumber = "110101199003070000", Phone = "12345", Levels = DeputyLevels.None, GroupId = foreignGroup.Id,
        }));
        Assert.Equal(["GroupId", "IdCardNumber", "Levels", "Name", "Phone"], e.Errors.Select(x => x.Field).Order().ToArray());
        Assert.Contains(e.Errors, x => x.Message == "请填写代表姓名。");
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SearchFindsByNameAndPinyinInitialsAndFilters(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);

        Assert.Equal(["李秀英"], (await db.SearchAsync(new DeputySearch { Query = "秀" })).Items.Select(i => i.Name));
        Assert.Equal(["王德明"], (await db.SearchAsync(new DeputySearch { Query = "wdm" })).Items.Select(i => i.Name));
        Assert.Equal(3, (await db.SearchAsync(new DeputySearch { GroupId = county.GroupOfOne.Id })).Total);
        Assert.Equal(0, (await db.SearchAsync(new DeputySearch { Status = DeputyStatus.Deceased })).Total);
        var page = await db.SearchAsync(new DeputySearch { PageSize = 2, Page = 2 });
        Assert.Equal((1, 3), (page.Items.Count, page.Total));
        // A secretary sees phone numbers; the chair sees them masked.
        Assert.Equal("13812345678", (await db.SearchAsync(new DeputySearch())).Items[0].Phone);
        await using var chair = database.Context(county.ChairOfOne);
        Assert.Equal("138****5678", (await chair.SearchAsync(new DeputySearch())).Items[0].Phone);
    }
}
