using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Suggestions;

namespace Township.Congress.Web.Tests.Http;

public class SuggestionApiTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private static object NewItem(Guid townshipId, Guid leadDeputyId, string title) => new
    {
        townshipId,
        suggestion = new { kind = "Suggestion", title, text = $"{title}：村民出行困难，请尽快解决。", leadDeputyId, source = "ConstituentContact" },
    };

    private async Task<(HttpClient Client, Guid Lead)> Town01Async()
    {
        var seed = await SuggestionSeed.EnsureAsync(app);
        await using var db = app.SystemContext();
        var lead = await db.Deputies.Where(d => d.TownshipId == seed.One && d.Status == Township.Congress.Deputies.DeputyStatus.InOffice).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        return (await app.LoginAsync("town01"), lead);
    }

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

    [Fact]
    public async Task AHandlingUnitSeesOnlyItsItemsAndNoTownship()
    {
        var seed = await SuggestionSeed.EnsureAsync(app);
        var client = await app.LoginAsync(SuggestionSeed.RoadsLogin);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
        Assert.Equal(seed.RoadsUnit, me.GetProperty("handlingUnitId").GetGuid());
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/suggestions?pageSize=500");
        await using (var db = app.SystemContext())
        {
            var mine = await db.SuggestionAssignments.Where(a => a.UnitId == seed.RoadsUnit && a.EndedOn == null).Select(a => a.SuggestionId).Distinct().ToListAsync();
            Assert.Equal(mine.Order(), list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Order());
            Assert.Equal(mine.Count, list.GetProperty("total").GetInt32());
        }
        Assert.Contains(seed.RoadsItemOfOne, list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));

        var own = await client.GetFromJsonAsync<JsonElement>($"/api/v1/suggestions/{seed.RoadsItemOfOne}");
        Assert.Equal("LeadUnit", own.GetProperty("actor").GetString());
        Assert.Contains("start", own.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
        Assert.All(own.GetProperty("signers").EnumerateArray(), s => Assert.False(s.TryGetProperty("phone", out _)));

        foreach (var url in new[]
        {
            $"/api/v1/suggestions/{seed.WaterItemOfOne}", $"/api/v1/suggestions/{seed.UnassignedOfOne}", $"/api/v1/suggestions/{seed.ItemOfTwo}",
            $"/api/v1/suggestions?townshipId={seed.One}", $"/api/v1/townships/{seed.One}/suggestion-figures",
            $"/api/v1/townships/{seed.One}/suggestion-ledger.xlsx", $"/api/v1/deputies?townshipId={seed.One}", $"/api/v1/townships/{seed.One}",
        })
        {
            Assert.Equal((url, HttpStatusCode.NotFound), (url, (await client.GetAsync(url)).StatusCode));
        }
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/v1/deputies")).GetProperty("total").GetInt32());
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/v1/townships")).EnumerateArray());

        // Its step on its own item goes through; the registry of units it can read.
        var units = await client.GetFromJsonAsync<JsonElement>("/api/v1/handling-units");
        Assert.Contains("接口测试水利局", units.EnumerateArray().Select(u => u.GetProperty("name").GetString()));
        Assert.All(units.EnumerateArray(), u => Assert.DoesNotContain("13700001111", u.GetProperty("contactPhone").GetString()));
        Assert.Contains("接口测试分类", (await client.GetFromJsonAsync<JsonElement>("/api/v1/suggestion-categories")).EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task NoticesAreTheUsersOwnAndCanBeMarkedRead()
    {
        var seed = await SuggestionSeed.EnsureAsync(app);
        var client = await app.LoginAsync(SuggestionSeed.WaterLogin);

        var notices = await client.GetFromJsonAsync<JsonElement>("/api/v1/notifications");
        var unread = notices.GetProperty("unread").GetInt32();
        Assert.True(unread >= 2, $"water bureau should have been told of its two assignments, had {unread}");
        Assert.All(notices.GetProperty("items").EnumerateArray(), n => Assert.Equal("Assigned", n.GetProperty("kind").GetString()));
        var first = notices.GetProperty("items")[0].GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/v1/notifications/{first}/read", null)).StatusCode);
        Assert.Equal(unread - 1, (await client.GetFromJsonAsync<JsonElement>("/api/v1/notifications")).GetProperty("unread").GetInt32());
        // Someone else's notice is not there for this user.
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/v1/notifications/{seed.NoticeOfTown02}/read", null)).StatusCode);

        var all = await client.PostAsync("/api/v1/notifications/read-all", null);
        Assert.Equal(unread - 1, (await Json(all)).GetProperty("marked").GetInt32());
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/v1/notifications")).GetProperty("unread").GetInt32());
        await using var db = app.SystemContext();
        Assert.Null((await db.Notifications.SingleAsync(n => n.Id == seed.NoticeOfTown02)).ReadAtUtc);

        // The admin, who reads everything, still lists and marks only their own notices.
        var admin = await app.LoginAsync("admin");
        var adminNotices = await admin.GetFromJsonAsync<JsonElement>("/api/v1/notifications?take=100");
        var adminId = (await db.Users.SingleAsync(u => u.UserName == "admin")).Id;
        Assert.Equal(await db.Notifications.CountAsync(n => n.UserId == adminId && n.ReadAtUtc == null), adminNotices.GetProperty("unread").GetInt32());
        Assert.DoesNotContain(seed.NoticeOfTown02, adminNotices.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/v1/notifications/{seed.NoticeOfTown02}/read", null)).StatusCode);
    }

    [Fact]
    public async Task ImportThroughTheApiCreatesAllOrReportsEveryBadRow()
    {
        var seed = await SuggestionSeed.EnsureAsync(app);
        var client = await app.LoginAsync("town01");
        string lead;
        await using (var db = app.SystemContext())
        {
            lead = await db.Deputies.Where(d => d.TownshipId == seed.One && d.Status == Township.Congress.Deputies.DeputyStatus.InOffice)
                .GroupBy(d => d.Name).Where(g => g.Count() == 1).Select(g => g.Key).OrderBy(n => n).FirstAsync();
        }
        var template = await client.GetAsync($"/api/v1/townships/{seed.One}/suggestion-import-template.xlsx");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Equal(SuggestionImport.Columns.All, new MemoryStream(await template.Content.ReadAsByteArrayAsync()).Query(useHeaderRow: true)
            .Cast<IDictionary<string, object?>>().Single().Keys);

        Dictionary<string, object?> Row(string title, string who, string date = "2026-11-01") => new()
        {
            ["标题"] = title, ["内容"] = $"{title}：村民反映。", ["分类"] = "接口测试分类", ["领衔代表"] = who, ["附议代表"] = "",
            ["来源"] = "联系选民", ["来源说明"] = "", ["提出日期"] = date,
        };
        MultipartFormDataContent Form(params Dictionary<string, object?>[] rows)
        {
            var sheet = new MemoryStream();
            MiniExcelLibs.MiniExcel.SaveAs(sheet, rows);
            return new MultipartFormDataContent { { new ByteArrayContent(sheet.ToArray()), "file", "收集表.xlsx" } };
        }
        var before = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/suggestions?townshipId={seed.One}&includeMerged=true")).GetProperty("total").GetInt32();

        var bad = await client.PostAsync($"/api/v1/townships/{seed.One}/suggestion-import",
            Form(Row("导入一", lead), Row("导入二", "查无此人"), Row("导入三", lead, "2099-01-01"), Row("", lead)));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await Json(bad)).GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Equal([(3, "领衔代表"), (4, "提出日期"), (5, "标题")], errors);
        Assert.Equal(before, (await client.GetFromJsonAsync<JsonElement>($"/api/v1/suggestions?townshipId={seed.One}&includeMerged=true")).GetProperty("total").GetInt32());

        var good = await client.PostAsync($"/api/v1/townships/{seed.One}/suggestion-import", Form(Row("导入一", lead), Row("导入二", lead)));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(2, (await Json(good)).GetProperty("count").GetInt32());
        Assert.Equal(before + 2, (await client.GetFromJsonAsync<JsonElement>($"/api/v1/suggestions?townshipId={seed.One}&includeMerged=true")).GetProperty("total").GetInt32());

        // The county reads but does not import.
        var county = await app.LoginAsync("county");
        Assert.Equal(HttpStatusCode.Forbidden, (await county.PostAsync($"/api/v1/townships/{seed.One}/suggestion-import", Form(Row("导入四", lead)))).StatusCode);
    }

    [Fact]
    public async Task TheDemoTownshipsLedgerAgreesWithItsFiguresAndList()
    {
        var seed = await SuggestionSeed.EnsureAsync(app);
        var client = await app.LoginAsync("town03");
        await using var db = app.SystemContext();
        var three = await db.Townships.SingleAsync(t => t.Number == 3);

        var json = await client.GetFromJsonAsync<JsonElement>($"/api/v1/townships/{three.Id}/suggestion-figures?year=2025");
        var report = json.Deserialize<SuggestionFigureReport>(JsonSerializerOptions.Web)!;
        Assert.True(report.Total.Received > 10, $"demo township 3 should have items in 2025, has {report.Total.Received}");
        var xlsx = await client.GetByteArrayAsync($"/api/v1/townships/{three.Id}/suggestion-ledger.xlsx?year=2025");

        LedgerSheets.AssertFigures(xlsx, report);
        var rows = LedgerSheets.Ledger(xlsx);
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/suggestions?townshipId={three.Id}&year=2025&pageSize=500");
        Assert.Equal(list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()).Order(), rows.Select(r => r["编号"]).Order());
        Assert.Equal(report.Total.Received, rows.Count);
        Assert.Equal(report.Total.AnsweredOnTime, rows.Count(r => r["是否按期答复"] == "是"));
        Assert.Contains(rows, r => r["提出场合"].Contains("人民代表大会"));
        Assert.Equal(report.Total.MergedItems, rows.Count(r => r["并案来源件数/编号"].Length > 0));
        Assert.NotEqual(seed.One, three.Id);
    }

    [Fact]
    public async Task SimilarItemsAreHintedAndMergedIntoOne()
    {
        var seed = await SuggestionSeed.EnsureAsync(app);
        var (client, lead) = await Town01Async();
        var a = await Json(await client.PostAsJsonAsync("/api/v1/suggestions", NewItem(seed.One, lead, "关于修复东风村灌溉水渠的建议")));
        var b = await Json(await client.PostAsJsonAsync("/api/v1/suggestions", NewItem(seed.One, lead, "关于修复东风村三组灌溉水渠的建议")));
        var ids = new[] { a, b }.Select(x => x.GetProperty("facts").GetProperty("id").GetGuid()).ToArray();

        var similar = await client.GetFromJsonAsync<JsonElement>(
            $"/api/v1/suggestions/similar?townshipId={seed.One}&title={Uri.EscapeDataString("修复东风村灌溉水渠")}&text={Uri.EscapeDataString("村民出行困难，请尽快解决")}&excludeId={ids[1]}");
        Assert.Contains(ids[0], similar.EnumerateArray().Select(s => s.GetProperty("id").GetGuid()));
        Assert.DoesNotContain(ids[1], similar.EnumerateArray().Select(s => s.GetProperty("id").GetGuid()));

        var merged = await client.PostAsJsonAsync("/api/v1/suggestions/merge",
            new { townshipId = seed.One, sourceIds = ids, title = "关于修复东风村灌溉水渠的建议（并案）", text = "" });
        Assert.Equal(HttpStatusCode.Created, merged.StatusCode);
        var item = await Json(merged);
        Assert.Equal(2, item.GetProperty("facts").GetProperty("mergedSourceCount").GetInt32());
        Assert.Equal(ids.Order(), item.GetProperty("mergedSources").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).Order());
        var source = await client.GetFromJsonAsync<JsonElement>($"/api/v1/suggestions/{ids[0]}");
        Assert.Equal("Merged", source.GetProperty("facts").GetProperty("state").GetString());

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/suggestions?townshipId={seed.One}&state=merged&pageSize=500");
        Assert.Contains(ids[0], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/suggestions?state=flying")).StatusCode);
    }
}
