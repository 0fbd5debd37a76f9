using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using C = Township.Congress.Deputies.RosterColumns;

namespace Township.Congress.Web.Tests.Http;

/// <summary>The roster API: import previews, filtered exports, the sort option, and ID checks through the API.</summary>
public class RosterTrustApiTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    private async Task<Guid> TownshipAsync(int number)
    {
        await using var db = app.SystemContext();
        return (await db.Townships.SingleAsync(t => t.Number == number)).Id;
    }

    private static MultipartFormDataContent Upload(byte[] xlsx)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(xlsx), "file", "roster.xlsx");
        return form;
    }

    [Fact]
    public async Task ImportPreviewReportsTheChangesAndWritesNothing()
    {
        var township = await TownshipAsync(7);
        var client = await app.LoginAsync("town07");
        var export = await client.GetByteArrayAsync($"/api/v1/townships/{township}/deputies.xlsx");
        var rows = new MemoryStream(export).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()
            .Select(r => r.ToDictionary(c => c.Key, c => c.Value)).ToList();
        var name = (string)rows[0][C.Name]!;
        rows[0][C.Occupation] = "预览中的新职业";
        using var sheet = new MemoryStream();
        sheet.SaveAs(rows);

        var response = await client.PostAsync($"/api/v1/townships/{township}/deputies/import?preview=true", Upload(sheet.ToArray()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(result.GetProperty("preview").GetBoolean());
        Assert.Equal(1, result.GetProperty("changed").GetInt32());
        Assert.Equal(rows.Count - 1, result.GetProperty("unchanged").GetInt32());
        var changed = result.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("kind").GetString() == "Changed");
        Assert.Equal(name, changed.GetProperty("name").GetString());
        Assert.Equal(C.Occupation, changed.GetProperty("changedColumns")[0].GetString());
        await using var db = app.SystemContext();
        Assert.False(await db.Deputies.AnyAsync(d => d.Occupation == "预览中的新职业"));

        var bad = await client.PostAsync($"/api/v1/townships/{township}/deputies/import?preview=maybe", Upload(sheet.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task TheExportFollowsTheRosterFilters()
    {
        var township = await TownshipAsync(8);
        var client = await app.LoginAsync("town08");
        await using var db = app.SystemContext();
        var farmers = await db.Deputies.CountAsync(d => d.TownshipId == township && d.Category == Township.Congress.Deputies.DeputyCategory.Farmer);
        Assert.InRange(farmers, 1, await db.Deputies.CountAsync(d => d.TownshipId == township) - 1);

        var export = await client.GetByteArrayAsync($"/api/v1/townships/{township}/deputies.xlsx?category=Farmer");

        var rows = new MemoryStream(export).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(farmers, rows.Count);
        Assert.All(rows, r => Assert.Equal("农民", r[C.Category]));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/v1/townships/{township}/deputies.xlsx?category=bogus")).StatusCode);
    }

    [Fact]
    public async Task TheListSortsByStrokesAndRefusesAnUnknownSort()
    {
        var township = await TownshipAsync(9);
        var client = await app.LoginAsync("town09");
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/deputies?townshipId={township}&sort=Strokes&pageSize=500");
        var names = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.Order(Township.Congress.Deputies.SurnameStrokeOrder.Comparer).Select(n => n[0]), names.Select(n => n[0]));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/v1/deputies?townshipId={township}&sort=bogus")).StatusCode);
    }

    [Fact]
    public async Task AnIdNumberContradictingTheBirthDateIsA400NamingTheField()
    {
        var client = await app.LoginAsync("town10");
        const string first17 = "51082219750318002"; // digit 17 even: 女
        var response = await client.PostAsJsonAsync("/api/v1/deputies", new
        {
            deputy = new
            {
                name = "接口代表", gender = "Male", birthDate = "1976-01-01", levels = "Township", category = "Farmer",
                idCardNumber = first17 + Township.Congress.Deputies.IdCard.CheckDigit(first17),
            },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("出生日期与公民身份号码不一致", errors.GetProperty("BirthDate")[0].GetString());
        Assert.Contains("性别与公民身份号码不一致", errors.GetProperty("Gender")[0].GetString());
    }
}
