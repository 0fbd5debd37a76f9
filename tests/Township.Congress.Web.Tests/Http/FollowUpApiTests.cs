using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Township.Congress.Web.Tests.Http;

/// <summary>One visitor's line edited and removed on its own; the session's livelihood progress table.</summary>
public class FollowUpApiTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    [Fact]
    public async Task AVisitIsEditedAndRemovedAtItsVersionAndOneMadeIntoASuggestionCannotBeRemoved()
    {
        await using var db = app.SystemContext();
        var t = await db.Townships.SingleAsync(x => x.Number == 1);
        var deputy = await db.Deputies.Where(d => d.TownshipId == t.Id && d.Status == Deputies.DeputyStatus.InOffice).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        var station = await db.LiaisonStations.Where(s => s.TownshipId == t.Id).Select(s => s.Id).FirstAsync();
        var town = await app.LoginAsync("town01");
        var created = await town.PostAsJsonAsync("/api/v1/receptions", new
        {
            reception = new
            {
                stationId = station, date = "2025-06-10", dutyDeputyIds = new[] { deputy },
                visits = new object[]
                {
                    new { visitorName = "吴先生", contactPhone = "13922223333", matter = "村道路灯损坏", disposition = "AnsweredOnSpot", reply = "已联系维修" },
                    new { matter = "建议在村小学门口设置减速带", disposition = "MadeSuggestion" },
                },
            },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var day = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = day.GetProperty("day").GetProperty("id").GetGuid();
        var answered = day.GetProperty("visits").EnumerateArray().Single(v => v.GetProperty("disposition").GetString() == "AnsweredOnSpot");
        var made = day.GetProperty("visits").EnumerateArray().Single(v => v.GetProperty("disposition").GetString() == "MadeSuggestion");
        var visitUrl = $"/api/v1/receptions/{id}/visits/{answered.GetProperty("id").GetGuid()}";
        var version = answered.GetProperty("version").GetInt64();

        var edited = await town.PutAsJsonAsync(visitUrl, new
        {
            version, visit = new { visitorName = "吴先生", contactPhone = "13922223333", matter = "村道路灯损坏三处", disposition = "ReferredToVillage", reply = "转村委会" },
        });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var line = (await edited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("visits").EnumerateArray()
            .Single(v => v.GetProperty("id").GetGuid() == answered.GetProperty("id").GetGuid());
        Assert.Equal("村道路灯损坏三处", line.GetProperty("matter").GetString());
        Assert.Equal("ReferredToVillage", line.GetProperty("disposition").GetString());

        // The version the edit was made on is stale now, for another edit and for removing.
        Assert.Equal(HttpStatusCode.Conflict, (await town.PutAsJsonAsync(visitUrl, new { version, visit = new { matter = "旧版本", disposition = "AnsweredOnSpot" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await town.DeleteAsync($"{visitUrl}?version={version}")).StatusCode);
        // The chair reads the day but removes nothing.
        var chair = await app.LoginAsync("chair01");
        Assert.False((await chair.DeleteAsync($"{visitUrl}?version={line.GetProperty("version").GetInt64()}")).IsSuccessStatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await town.DeleteAsync($"{visitUrl}?version={line.GetProperty("version").GetInt64()}")).StatusCode);
        var refused = await town.DeleteAsync($"/api/v1/receptions/{id}/visits/{made.GetProperty("id").GetGuid()}?version={made.GetProperty("version").GetInt64()}");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("已转为建议", await refused.Content.ReadAsStringAsync());

        var after = await town.GetFromJsonAsync<JsonElement>($"/api/v1/receptions/{id}");
        Assert.Equal(made.GetProperty("id").GetGuid(), Assert.Single(after.GetProperty("visits").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task TheProgressTableOfASessionListsItsChosenProjectsAndIs409BeforeTheLedger()
    {
        await using var db = app.SystemContext();
        var t = await db.Townships.SingleAsync(x => x.Number == 1);
        var session = await db.LivelihoodProjects.Where(p => p.TownshipId == t.Id && p.Year == 2026).Select(p => p.SessionId).FirstAsync();
        var projects = await db.LivelihoodProjects.CountAsync(p => p.SessionId == session);
        var without = await db.Sessions.Where(s => s.TownshipId == t.Id && !db.LivelihoodProjects.Any(p => p.SessionId == s.Id)).Select(s => s.Id).FirstAsync();
        var town = await app.LoginAsync("town01");

        var response = await town.GetAsync($"/api/v1/sessions/{session}/livelihood-progress.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "");
        Assert.Contains($"{t.Name}2026年度民生实事项目完成情况", text);
        Assert.Contains($"民生实事项目{projects}件", text);
        Assert.True(pdf.GetPage(1).Width > pdf.GetPage(1).Height);

        var refused = await town.GetAsync($"/api/v1/sessions/{without}/livelihood-progress.pdf");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("尚未建立", await refused.Content.ReadAsStringAsync());
    }
}
