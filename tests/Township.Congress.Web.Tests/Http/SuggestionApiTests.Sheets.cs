using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Suggestions;

namespace Township.Congress.Web.Tests.Http;

/// <summary>Import, the ledger against the figures, similar items and their merge.</summary>
public partial class SuggestionApiTests
{
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
