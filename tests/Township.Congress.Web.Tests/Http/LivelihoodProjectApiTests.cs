using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Township.Congress.Web.Tests.Http;

public class LivelihoodProjectApiTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    private async Task<(Guid Township, Guid Project)> OpenProjectOfOneAsync()
    {
        await using var db = app.SystemContext();
        var one = await db.Townships.SingleAsync(t => t.Number == 1);
        var project = await db.LivelihoodProjects.Where(p => p.TownshipId == one.Id && p.Year == 2026)
            .Where(p => p.Milestones.Any(m => m.DoneOn == null)).OrderBy(p => p.Name).FirstAsync();
        return (one.Id, project.Id);
    }

    private static object Body(JsonElement p, long version, Func<JsonElement, object> milestone) => new
    {
        version,
        project = new
        {
            ownerUnitId = p.GetProperty("ownerUnitId").ValueKind == JsonValueKind.Null ? (Guid?)null : p.GetProperty("ownerUnitId").GetGuid(),
            ownerUnitName = p.GetProperty("ownerUnitName").GetString(), budget = 88.5m, presidiumMemberId = (Guid?)null, monitorDeputyId = (Guid?)null,
            state = "InProgress", milestones = p.GetProperty("milestones").EnumerateArray().Select(milestone).ToList(),
        },
    };

    [Fact]
    public async Task MarkingAMilestoneDoneThroughTheApiRaisesTheProgress()
    {
        var (township, id) = await OpenProjectOfOneAsync();
        var client = await app.LoginAsync("town01");
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/livelihood-projects?townshipId={township}&year=2026");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);

        var before = await client.GetFromJsonAsync<JsonElement>($"/api/v1/livelihood-projects/{id}");
        var open = before.GetProperty("milestones").EnumerateArray().First(m => m.GetProperty("doneOn").ValueKind == JsonValueKind.Null).GetProperty("id").GetGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-1);
        var response = await client.PutAsJsonAsync($"/api/v1/livelihood-projects/{id}", Body(before, before.GetProperty("version").GetInt64(), m => new
        {
            id = m.GetProperty("id").GetGuid(), name = m.GetProperty("name").GetString(), plannedOn = m.GetProperty("plannedOn").GetString(),
            doneOn = m.GetProperty("id").GetGuid() == open ? today.ToString("yyyy-MM-dd") : m.GetProperty("doneOn").GetString(),
            weight = m.GetProperty("weight").GetInt32(),
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(after.GetProperty("progressPercent").GetDecimal() > before.GetProperty("progressPercent").GetDecimal());
        Assert.Equal(88.5m, after.GetProperty("budget").GetDecimal());
    }

    [Fact]
    public async Task AZeroWeightOrAFutureDateIs400InChineseAndAStaleVersion409()
    {
        var (_, id) = await OpenProjectOfOneAsync();
        var client = await app.LoginAsync("town01");
        var p = await client.GetFromJsonAsync<JsonElement>($"/api/v1/livelihood-projects/{id}");
        var version = p.GetProperty("version").GetInt64();
        var bad = await client.PutAsJsonAsync($"/api/v1/livelihood-projects/{id}", Body(p, version, m => new
        {
            id = m.GetProperty("id").GetGuid(), name = m.GetProperty("name").GetString(), plannedOn = m.GetProperty("plannedOn").GetString(),
            doneOn = "2099-01-01", weight = 0,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var text = await bad.Content.ReadAsStringAsync();
        Assert.Contains("权重", text);
        Assert.Contains("不能晚于今天", text);

        var stale = await client.PutAsJsonAsync($"/api/v1/livelihood-projects/{id}", Body(p, version + 50, m => new
        {
            id = m.GetProperty("id").GetGuid(), name = m.GetProperty("name").GetString(), plannedOn = m.GetProperty("plannedOn").GetString(),
            doneOn = m.GetProperty("doneOn").GetString(), weight = m.GetProperty("weight").GetInt32(),
        }));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task TheCountyReadsEveryTownshipsProjectsButCannotEditThem()
    {
        var (_, id) = await OpenProjectOfOneAsync();
        var county = await app.LoginAsync("county");
        var p = await county.GetFromJsonAsync<JsonElement>($"/api/v1/livelihood-projects/{id}");
        var all = await county.GetFromJsonAsync<JsonElement>("/api/v1/livelihood-projects?year=2025&pageSize=200");
        Assert.True(all.GetProperty("total").GetInt32() > 100);
        var response = await county.PutAsJsonAsync($"/api/v1/livelihood-projects/{id}", Body(p, p.GetProperty("version").GetInt64(), m => new
        {
            id = m.GetProperty("id").GetGuid(), name = m.GetProperty("name").GetString(), plannedOn = m.GetProperty("plannedOn").GetString(),
            doneOn = m.GetProperty("doneOn").GetString(), weight = m.GetProperty("weight").GetInt32(),
        }));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
