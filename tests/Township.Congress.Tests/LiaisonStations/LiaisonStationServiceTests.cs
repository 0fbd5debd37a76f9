using Township.Congress.Data;
using Township.Congress.LiaisonStations;
using Township.Congress.Model;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.LiaisonStations;

public class LiaisonStationServiceTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StationKeepsAllNineChecklistItemsWithNotes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var service = new LiaisonStationService(db);
        var input = new StationInput
        {
            Name = "一号镇人大代表之家", Venue = "镇政府二楼", OpeningHours = "每月10日",
            Checklist = { [NineHas.Sign] = (true, "已挂牌"), [NineHas.WorkRecords] = (false, "记录不全") },
        };

        var station = await service.SaveAsync(county.One.Id, null, input, 0);
        input.Checklist[NineHas.WorkRecords] = (true, "已补齐");
        await service.SaveAsync(county.One.Id, station.Id, input, station.Version);

        var saved = Assert.Single(await service.ListAsync(county.One.Id));
        Assert.Equal(9, saved.Checklist.Count);
        Assert.Equal(2, saved.Checklist.Count(c => c.Met));
        Assert.Equal("已补齐", saved.Checklist.Single(c => c.Item == NineHas.WorkRecords).Note);
        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => service.SaveAsync(county.One.Id, station.Id, input, 0));
        Assert.Contains("代表联络站", stale.Message);
    }
}
