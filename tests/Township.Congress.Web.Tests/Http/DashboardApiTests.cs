using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Figures;

namespace Township.Congress.Web.Tests.Http;

/// <summary>The two dashboards through the API: who reads which, and that they carry the very figures of FiguresAsync.</summary>
public class DashboardApiTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    [Fact]
    public async Task TheCountySeesEveryTownshipWithTheFiguresOfTheOneDefinition()
    {
        Guid county;
        IReadOnlyList<TownshipYearFigures> expected;
        await using (var db = app.SystemContext())
        {
            county = await db.Counties.Select(c => c.Id).SingleAsync();
            expected = await db.FiguresAsync(FigureScope.County(county), 2025);
        }
        var client = await app.LoginAsync("county");

        var dashboard = await client.GetFromJsonAsync<JsonElement>($"/api/v1/counties/{county}/dashboard?year=2025");

        var townships = dashboard.GetProperty("townships").EnumerateArray().ToList();
        Assert.Equal(15, townships.Count);
        foreach (var (row, figures) in townships.Zip(expected))
        {
            Assert.Equal(figures.TownshipId, row.GetProperty("townshipId").GetGuid());
            Assert.Equal(figures.ActivityPersonTimes, row.GetProperty("activityPersonTimes").GetInt32());
            Assert.Equal(figures.Suggestions.SatisfactionRate.Text, row.GetProperty("suggestions").GetProperty("satisfactionRate").GetProperty("text").GetString());
        }
        Assert.Equal(expected.Sum(f => f.Petitions), dashboard.GetProperty("total").GetProperty("petitions").GetInt32());
        Assert.True(dashboard.GetProperty("units").GetArrayLength() > 0);
        // The units are ranked on the year's items of the county: the suggestion figures' ranking of that year.
        await using (var db = app.SystemContext())
        {
            var ranked = (await Township.Congress.Suggestions.SuggestionFigureQueries.FiguresAsync(db, null, 2025)).ByUnit;
            Assert.Equal(ranked.Select(u => (u.Name, u.Rank)),
                dashboard.GetProperty("units").EnumerateArray().Select(u => (u.GetProperty("name").GetString()!, (int?)u.GetProperty("rank").GetInt32())));
        }
        Assert.All(dashboard.GetProperty("overdue").EnumerateArray(), i => Assert.True(i.GetProperty("daysOverdue").GetInt32() > 0));

        // The county drills down into any township of its own.
        var one = expected[0].TownshipId;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/townships/{one}/dashboard?year=2025")).StatusCode);
    }

    [Fact]
    public async Task AfterARollupBothDashboardsCarryTheDeputiesFlaggedWithTheirTime()
    {
        Guid county, one;
        await using (var db = app.SystemContext())
        {
            county = await db.Counties.Select(c => c.Id).SingleAsync();
            one = await db.Townships.Where(t => t.Number == 1).Select(t => t.Id).SingleAsync();
            await FigureRollups.RefreshAsync(db, [2025]);
        }
        IReadOnlyList<TownshipYearFigures> expected;
        await using (var db = app.SystemContext()) expected = await db.FiguresAsync(FigureScope.County(county), 2025);
        Assert.All(expected, f => Assert.NotNull(f.DeputiesFlagged));
        Assert.True(expected.Sum(f => f.DeputiesFlagged) > 0);

        var dashboard = await (await app.LoginAsync("county")).GetFromJsonAsync<JsonElement>($"/api/v1/counties/{county}/dashboard?year=2025");
        Assert.Equal(expected.Select(f => f.DeputiesFlagged), dashboard.GetProperty("townships").EnumerateArray().Select(t => (int?)t.GetProperty("deputiesFlagged").GetInt32()));
        Assert.Equal(expected.Sum(f => f.DeputiesFlagged), dashboard.GetProperty("total").GetProperty("deputiesFlagged").GetInt32());

        var own = await (await app.LoginAsync("town01")).GetFromJsonAsync<JsonElement>($"/api/v1/townships/{one}/dashboard?year=2025");
        Assert.Equal(expected.Single(f => f.TownshipId == one).DeputiesFlagged, own.GetProperty("figures").GetProperty("deputiesFlagged").GetInt32());
        Assert.Equal(JsonValueKind.String, own.GetProperty("figures").GetProperty("deputiesFlaggedAsOfUtc").ValueKind);
    }

    [Fact]
    public async Task ASecretaryReadsOnlyItsOwnTownshipsDashboardAndNoCountys()
    {
        Guid county, one, two;
        await using (var db = app.SystemContext())
        {
            county = await db.Counties.Select(c => c.Id).SingleAsync();
            one = await db.Townships.Where(t => t.Number == 1).Select(t => t.Id).SingleAsync();
            two = await db.Townships.Where(t => t.Number == 2).Select(t => t.Id).SingleAsync();
        }
        var client = await app.LoginAsync("town01");

        var own = await client.GetFromJsonAsync<JsonElement>($"/api/v1/townships/{one}/dashboard?year=2026");
        Assert.Equal(2026, own.GetProperty("figures").GetProperty("year").GetInt32());
        Assert.Equal(2025, own.GetProperty("lastYear").GetProperty("year").GetInt32());
        Assert.True(own.GetProperty("todo").GetProperty("groups").GetInt32() > 0);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/townships/{two}/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/counties/{county}/dashboard")).StatusCode);
        var unit = await app.LoginAsync("unit01");
        Assert.Equal(HttpStatusCode.NotFound, (await unit.GetAsync($"/api/v1/counties/{county}/dashboard")).StatusCode);
    }
}
