using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Township.Congress.Web.Tests.Http;

public class VoterContactApiTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    private sealed record Township1(Guid Id, Guid Station, Guid Deputy, Guid Village);

    private async Task<Township1> TownshipOneAsync()
    {
        await using var db = app.SystemContext();
        var t = await db.Townships.SingleAsync(x => x.Number == 1);
        var deputy = await db.Deputies.Where(d => d.TownshipId == t.Id && d.Status == Deputies.DeputyStatus.InOffice).OrderBy(d => d.Id).FirstAsync();
        return new Township1(t.Id, await db.LiaisonStations.Where(s => s.TownshipId == t.Id).Select(s => s.Id).FirstAsync(), deputy.Id,
            await db.Villages.Where(v => v.TownshipId == t.Id).Select(v => v.Id).FirstAsync());
    }

    private static object Reception(Township1 t, string date, object[]? visits, long version = 0) => new
    {
        version,
        reception = new
        {
            stationId = t.Station, date, noticePostedOn = "2025-05-01", place = "代表之家接待室", dutyDeputyIds = new[] { t.Deputy }, visits,
        },
    };

    [Fact]
    public async Task AReceptionIsCreatedReadAndUpdatedAndAMatterBecomesALinkedSuggestion()
    {
        var t = await TownshipOneAsync();
        var town = await app.LoginAsync("town01");
        var created = await town.PostAsJsonAsync("/api/v1/receptions", Reception(t, "2025-05-10",
            [new { visitorName = "周女士", villageId = t.Village, contactPhone = "13911112222", matter = "村里垃圾清运不及时", disposition = "ReferredToVillage", reply = "转村委会" }]));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var day = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = day.GetProperty("day").GetProperty("id").GetGuid();
        var visit = day.GetProperty("visits")[0];
        Assert.Equal("13911112222", visit.GetProperty("contactPhone").GetString());

        // The chair reads the same day with the phone masked.
        var chair = await app.LoginAsync("chair01");
        var asChair = await chair.GetFromJsonAsync<JsonElement>($"/api/v1/receptions/{id}");
        Assert.Equal("139****2222", asChair.GetProperty("visits")[0].GetProperty("contactPhone").GetString());

        var updated = await town.PutAsJsonAsync($"/api/v1/receptions/{id}", Reception(t, "2025-05-10",
        [
            new { id = visit.GetProperty("id").GetGuid(), visitorName = "周女士", villageId = t.Village, contactPhone = "13911112222",
                matter = "村里垃圾清运不及时", disposition = "ReferredToVillage", reply = "转村委会" },
            new { visitorName = "", contactPhone = "", matter = "建议在镇中学门口增设减速带和人行横道", disposition = "MadeSuggestion", reply = "代表将形成建议提交主席团" },
        ], day.GetProperty("day").GetProperty("version").GetInt64()));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var after = await updated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, after.GetProperty("day").GetProperty("visitors").GetInt32());
        var made = after.GetProperty("visits").EnumerateArray().Single(v => v.GetProperty("disposition").GetString() == "MadeSuggestion");
        var item = await town.GetFromJsonAsync<JsonElement>($"/api/v1/suggestions/{made.GetProperty("suggestionId").GetGuid()}");
        Assert.Equal("ConstituentContact", item.GetProperty("facts").GetProperty("source").GetString());
        Assert.StartsWith("代表接待日", item.GetProperty("facts").GetProperty("sourceNote").GetString());
        Assert.Equal(t.Deputy, item.GetProperty("facts").GetProperty("leadDeputyId").GetGuid());

        // Stale: the version the first edit was made on (visits left out: the recorded ones stay).
        var stale = await town.PutAsJsonAsync($"/api/v1/receptions/{id}", Reception(t, "2025-05-10", null, day.GetProperty("day").GetProperty("version").GetInt64()));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        // The chair reads but does not write.
        Assert.NotEqual(HttpStatusCode.OK, (await chair.PutAsJsonAsync($"/api/v1/receptions/{id}", Reception(t, "2025-05-10", null, 1))).StatusCode);

        var notice = await town.GetAsync($"/api/v1/receptions/{id}/notice.pdf");
        Assert.Equal(HttpStatusCode.OK, notice.StatusCode);
        using var pdf = PdfDocument.Open(await notice.Content.ReadAsByteArrayAsync());
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("代表接待日公告", text);
        Assert.Contains("2025年5月10日", text);
    }

    [Fact]
    public async Task BadReceptionsAndContactsAre400WithTheFieldNamedInChinese()
    {
        var t = await TownshipOneAsync();
        var town = await app.LoginAsync("town01");
        var noDuty = await town.PostAsJsonAsync("/api/v1/receptions", new { reception = new { stationId = t.Station, date = "2025-05-10", dutyDeputyIds = Array.Empty<Guid>() } });
        Assert.Equal(HttpStatusCode.BadRequest, noDuty.StatusCode);
        Assert.Contains("值班代表", await noDuty.Content.ReadAsStringAsync());
        var badDisposition = await town.PostAsJsonAsync("/api/v1/receptions", Reception(t, "2025-05-10", [new { matter = "x", disposition = "Ignored" }]));
        Assert.Equal(HttpStatusCode.BadRequest, badDisposition.StatusCode);
        var noMatter = await town.PostAsJsonAsync("/api/v1/receptions", Reception(t, "2025-05-10", [new { matter = " ", disposition = "AnsweredOnSpot" }]));
        Assert.Equal(HttpStatusCode.BadRequest, noMatter.StatusCode);
        Assert.Contains("反映事项", await noMatter.Content.ReadAsStringAsync());
        var noPeople = await town.PostAsJsonAsync("/api/v1/voter-contacts", new { contact = new { deputyId = t.Deputy, date = "2025-05-10", constituents = 0, raised = "道路" } });
        Assert.Equal(HttpStatusCode.BadRequest, noPeople.StatusCode);
        Assert.Contains("联系人数", await noPeople.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OwnContactsCountTowardsTheDeputysPersonTimes()
    {
        var t = await TownshipOneAsync();
        var town = await app.LoginAsync("town01");
        var before = await town.GetFromJsonAsync<JsonElement>($"/api/v1/voter-contacts/targets?year=2024");
        int Met(JsonElement targets) => targets.GetProperty("deputies").EnumerateArray()
            .Single(d => d.GetProperty("deputyId").GetGuid() == t.Deputy).GetProperty("constituentsMet").GetInt32();

        var created = await town.PostAsJsonAsync("/api/v1/voter-contacts", new { contact = new { deputyId = t.Deputy, date = "2024-08-01", constituents = 7, way = "走访", raised = "灌溉水渠年久失修" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var after = await town.GetFromJsonAsync<JsonElement>($"/api/v1/voter-contacts/targets?year=2024");
        Assert.Equal(Met(before) + 7, Met(after));
        Assert.Equal(10, after.GetProperty("personTimesTarget").GetInt32());
        var listed = await town.GetFromJsonAsync<JsonElement>($"/api/v1/voter-contacts?year=2024&deputyId={t.Deputy}");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), c => c.GetProperty("raised").GetString() == "灌溉水渠年久失修");
    }
}
