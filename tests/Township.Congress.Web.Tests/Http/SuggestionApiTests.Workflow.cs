using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Suggestions;

namespace Township.Congress.Web.Tests.Http;

/// <summary>The lifecycle over HTTP: steps, their 409s and 400s, versions, a foreign unit.</summary>
public partial class SuggestionApiTests
{
    [Fact]
    public async Task AnItemCannotBeAssignedToAnotherTownshipsOwnUnit()
    {
        var seed = await SuggestionSeed.EnsureAsync(app);
        var (client, lead) = await Town01Async();
        Guid foreignUnit, ownUnit;
        await using (var db = app.SystemContext())
        {
            foreignUnit = await db.HandlingUnits.Where(u => u.TownshipId == seed.Two).OrderBy(u => u.Name).Select(u => u.Id).FirstAsync();
            ownUnit = await db.HandlingUnits.Where(u => u.TownshipId == seed.One).OrderBy(u => u.Name).Select(u => u.Id).FirstAsync();
        }
        var created = await Json(await client.PostAsJsonAsync("/api/v1/suggestions", NewItem(seed.One, lead, "关于修缮村小学围墙的建议")));
        var id = created.GetProperty("facts").GetProperty("id").GetGuid();
        var version = created.GetProperty("facts").GetProperty("version").GetInt64();

        // Township 2's own unit answers exactly like a unit that does not exist; nothing changes.
        var foreign = await client.PostAsJsonAsync($"/api/v1/suggestions/{id}/transitions", new { action = "assign", unitId = foreignUnit, version });
        var missing = await client.PostAsJsonAsync($"/api/v1/suggestions/{id}/transitions", new { action = "assign", unitId = Guid.NewGuid(), version });
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(missing.StatusCode, foreign.StatusCode);
        Assert.Equal((await Json(missing)).GetProperty("detail").GetString(), (await Json(foreign)).GetProperty("detail").GetString());
        await using (var db = app.SystemContext())
        {
            var stored = await db.Suggestions.SingleAsync(x => x.Id == id);
            Assert.Equal(SuggestionState.Submitted, stored.State);
            Assert.Equal(version, stored.Version);
            Assert.False(await db.Set<SuggestionAssignment>().AnyAsync(a => a.SuggestionId == id));
        }

        // The township's own unit and a county unit are fine.
        var own = await client.PostAsJsonAsync($"/api/v1/suggestions/{id}/transitions",
            new { action = "assign", unitId = ownUnit, coUnitIds = new[] { seed.WaterUnit }, version });
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task TransitionsAnswer200409WithTheAllowedSteps400ForUnknownAndConflictForAStaleVersion()
    {
        var seed = await SuggestionSeed.EnsureAsync(app);
        var (client, lead) = await Town01Async();

        var created = await client.PostAsJsonAsync("/api/v1/suggestions", NewItem(seed.One, lead, "关于硬化红旗村机耕道的建议"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var item = await Json(created);
        var id = item.GetProperty("facts").GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/suggestions/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(["accept", "assign"], item.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
        var version = item.GetProperty("facts").GetProperty("version").GetInt64();

        // Allowed: 200 with where the item now is and what comes next.
        var assigned = await client.PostAsJsonAsync($"/api/v1/suggestions/{id}/transitions",
            new { action = "assign", unitId = seed.RoadsUnit, coUnitIds = new[] { seed.WaterUnit }, version });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var step = await Json(assigned);
        Assert.Equal("Assigned", step.GetProperty("state").GetString());
        Assert.Equal(["start", "answer", "co-unit-opinion", "return", "supervise"], step.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
        var newVersion = step.GetProperty("version").GetInt64();
        Assert.True(newVersion > version);

        // Not allowed now: 409 naming the allowed steps, in Chinese.
        var refused = await client.PostAsJsonAsync($"/api/v1/suggestions/{id}/transitions", new { action = "close", implementation = "Implemented", version = newVersion });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await Json(refused);
        Assert.Equal(["start", "answer", "co-unit-opinion", "return", "supervise"], problem.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("当前状态（已交办）下不能执行“办结”", problem.GetProperty("detail").GetString());
        Assert.Equal("close", problem.GetProperty("action").GetString());

        // Unknown action: 400; submit/merge/edit are not steps either.
        foreach (var unknown in new[] { "fly", "merge", "" })
        {
            var bad = await client.PostAsJsonAsync($"/api/v1/suggestions/{id}/transitions", new { action = unknown, version = newVersion });
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("未知的操作", (await Json(bad)).GetProperty("errors").GetProperty("Action")[0].GetString());
        }

        // A stale version: 409 "modified by someone else", and nothing happened.
        var stale = await client.PostAsJsonAsync($"/api/v1/suggestions/{id}/transitions", new { action = "start", version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var conflict = await Json(stale);
        Assert.Contains("已被其他人修改", conflict.GetProperty("detail").GetString());
        Assert.False(conflict.TryGetProperty("allowed", out _));

        // A step with what it needs missing: 400 naming the field.
        var noText = await client.PostAsJsonAsync($"/api/v1/suggestions/{id}/transitions", new { action = "answer", answerClass = "A", version = newVersion });
        Assert.Equal(HttpStatusCode.BadRequest, noText.StatusCode);
        Assert.True((await Json(noText)).GetProperty("errors").TryGetProperty("Text", out _));

        var answered = await client.PostAsJsonAsync($"/api/v1/suggestions/{id}/transitions",
            new { action = "answer", answerClass = "A", text = "已列入今年机耕道建设计划。", version = newVersion });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var details = await client.GetFromJsonAsync<JsonElement>($"/api/v1/suggestions/{id}");
        Assert.Equal(["submit", "assign", "answer"], details.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Equal("答复", details.GetProperty("timeline")[2].GetProperty("actionLabel").GetString());
        Assert.Equal(["feedback", "supervise"], details.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(2, details.GetProperty("assignments").GetArrayLength());
        Assert.Equal("A", details.GetProperty("answers")[0].GetProperty("class").GetString());
    }

    [Fact]
    public async Task EditsNeedTheCurrentVersionAndStopAtAssignment()
    {
        var seed = await SuggestionSeed.EnsureAsync(app);
        var (client, lead) = await Town01Async();
        var item = await Json(await client.PostAsJsonAsync("/api/v1/suggestions", NewItem(seed.One, lead, "关于整修村卫生室的建议")));
        var id = item.GetProperty("facts").GetProperty("id").GetGuid();
        var version = item.GetProperty("facts").GetProperty("version").GetInt64();
        object Edit(string title, long v) => new
        {
            version = v, suggestion = new { title, text = "卫生室房屋漏雨，设备陈旧。", leadDeputyId = lead, categoryId = seed.Category },
        };

        var first = await client.PutAsJsonAsync($"/api/v1/suggestions/{id}", Edit("关于整修新民村卫生室的建议", version));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("接口测试分类", (await Json(first)).GetProperty("facts").GetProperty("categoryName").GetString());
        var second = await client.PutAsJsonAsync($"/api/v1/suggestions/{id}", Edit("另一次修改", version));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);

        var invalid = await client.PostAsJsonAsync("/api/v1/suggestions", new { townshipId = seed.One, suggestion = new { title = "", text = "" } });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("请填写标题。", (await Json(invalid)).GetProperty("errors").GetProperty("Title")[0].GetString());
    }
}
