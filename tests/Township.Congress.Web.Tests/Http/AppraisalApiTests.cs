using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Township.Congress.Web.Tests.Http;

public class AppraisalApiTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    private async Task<(Guid One, Guid[] CountyUnits, Guid OthersOwn)> UnitsAsync()
    {
        await using var db = app.SystemContext();
        var one = await db.Townships.SingleAsync(t => t.Number == 1);
        var two = await db.Townships.SingleAsync(t => t.Number == 2);
        var county = await db.HandlingUnits.Where(u => u.TownshipId == null && u.IsActive).OrderBy(u => u.SortOrder).ThenBy(u => u.Id)
            .Select(u => u.Id).Take(3).ToArrayAsync();
        var others = await db.HandlingUnits.Where(u => u.TownshipId == two.Id).Select(u => (Guid?)u.Id).FirstOrDefaultAsync();
        if (others is null)
        {
            var unit = new Township.Congress.Suggestions.HandlingUnit { CountyId = two.CountyId, TownshipId = two.Id, Name = "二号乡农业服务中心" };
            db.Add(unit);
            await db.SaveChangesAsync();
            others = unit.Id;
        }
        return (one.Id, county, others.Value);
    }

    private static object Unit(Guid id, int s, int b, int u) => new { kind = "Unit", unitId = id, satisfied = s, basicallySatisfied = b, unsatisfied = u };

    [Fact]
    public async Task ASecretaryCreatesCountsPublishesAndPrintsAnAppraisal()
    {
        var (one, units, _) = await UnitsAsync();
        var client = await app.LoginAsync("town01");
        var appraisal = new { year = 2026, title = "2026年度站所工作评议", plan = "听取汇报，视察，测评", startsOn = "2026-09-01", endsOn = "2026-11-20" };

        var created = await client.PostAsJsonAsync("/api/v1/appraisals", new
        {
            appraisal, subjects = new[] { Unit(units[0], 20, 5, 2), Unit(units[1], 8, 4, 15), Unit(units[2], 20, 5, 2) },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal(one, body.GetProperty("townshipId").GetGuid());
        Assert.Equal("InProgress", body.GetProperty("state").GetString());
        var results = body.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal([1, 1, 3], results.Select(r => r.GetProperty("rank").GetInt32()));
        Assert.Equal(["Satisfied", "Satisfied", "Unsatisfied"], results.Select(r => r.GetProperty("grade").GetString()));
        Assert.Equal(74.1m, results[0].GetProperty("satisfiedPercent").GetDecimal());

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/appraisals?townshipId={one}&year=2026&q=站所");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.Conflict, (await client.GetAsync($"/api/v1/appraisals/{id}/result.pdf")).StatusCode);

        var subjects = body.GetProperty("subjects").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToList();
        var put = await client.PutAsJsonAsync($"/api/v1/appraisals/{id}", new
        {
            version = body.GetProperty("version").GetInt64(), appraisal, state = "Published", publishedOn = "2026-11-25",
            subjects = new object[]
            {
                new { id = subjects[0], kind = "Unit", unitId = units[0], satisfied = 20, basicallySatisfied = 5, unsatisfied = 2 },
                new { id = subjects[1], kind = "Unit", unitId = units[1], satisfied = 8, basicallySatisfied = 4, unsatisfied = 15 },
                new { id = subjects[2], kind = "Unit", unitId = units[2], satisfied = 21, basicallySatisfied = 5, unsatisfied = 1 },
            },
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var published = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Published", published.GetProperty("state").GetString());
        Assert.Equal([1, 2, 3], published.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("rank").GetInt32()));

        var stale = await client.PutAsJsonAsync($"/api/v1/appraisals/{id}", new { version = body.GetProperty("version").GetInt64(), appraisal });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var result = await client.GetAsync($"/api/v1/appraisals/{id}/result.pdf");
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        using (var pdf = PdfDocument.Open(await result.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Concat(pdf.GetPages().Select(p => p.Text));
            Assert.Contains("结果的通报", text);
            Assert.Contains("2026年11月25日", text);
            Assert.Contains("不满意", text);
        }
        var ballot = await client.GetAsync($"/api/v1/appraisals/{id}/ballot.pdf");
        using (var pdf = PdfDocument.Open(await ballot.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal(1, pdf.NumberOfPages);
            Assert.Contains("满意度测评表", string.Concat(pdf.GetPages().Select(p => p.Text)));
        }
    }

    [Fact]
    public async Task BadCountsAndAnotherTownshipsUnitAre400InChineseAndNothingIsWritten()
    {
        var (_, units, othersOwn) = await UnitsAsync();
        var client = await app.LoginAsync("town01");
        await using var db = app.SystemContext();
        var before = await db.Appraisals.CountAsync();
        var appraisal = new { year = 2026, title = "错误的评议", startsOn = "2026-09-01" };

        async Task<string> RefusedAsync(object body)
        {
            var response = await client.PostAsJsonAsync("/api/v1/appraisals", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.Content.ReadAsStringAsync());
        }
        Assert.Contains("票数不能为负数", await RefusedAsync(new { appraisal, subjects = new[] { Unit(units[0], -1, 0, 0) } }));
        Assert.Contains("超过在任代表人数", await RefusedAsync(new { appraisal, subjects = new[] { Unit(units[0], 5000, 0, 0) } }));
        Assert.Contains("其他乡镇的单位", await RefusedAsync(new { appraisal, subjects = new[] { Unit(othersOwn, 1, 0, 0) } }));
        Assert.Contains("已在评议对象中", await RefusedAsync(new { appraisal, subjects = new[] { Unit(units[0], 1, 0, 0), Unit(units[0], 1, 0, 0) } }));
        Assert.Contains("请填写评议名称", await RefusedAsync(new { appraisal = new { year = 2026, title = "", startsOn = "2026-09-01" } }));
        Assert.Equal(before, await db.Appraisals.CountAsync());
    }

    [Fact]
    public async Task AnotherTownshipsAppraisalIs404AndTheCountyReadsButCannotWrite()
    {
        var (_, units, _) = await UnitsAsync();
        var town01 = await app.LoginAsync("town01");
        var created = await town01.PostAsJsonAsync("/api/v1/appraisals", new
        {
            appraisal = new { year = 2026, title = "跨乡镇评议", startsOn = "2026-09-01" }, subjects = new[] { Unit(units[0], 3, 0, 0) },
        });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();

        var town02 = await app.LoginAsync("town02");
        Assert.Equal(HttpStatusCode.NotFound, (await town02.GetAsync($"/api/v1/appraisals/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await town02.GetAsync($"/api/v1/appraisals/{id}/ballot.pdf")).StatusCode);
        Assert.DoesNotContain((await town02.GetFromJsonAsync<JsonElement>("/api/v1/appraisals?pageSize=100")).GetProperty("items").EnumerateArray(),
            i => i.GetProperty("id").GetGuid() == id);

        var county = await app.LoginAsync("county");
        Assert.Equal(HttpStatusCode.OK, (await county.GetAsync($"/api/v1/appraisals/{id}")).StatusCode);
        var write = await county.PutAsJsonAsync($"/api/v1/appraisals/{id}", new
        {
            version = body.GetProperty("version").GetInt64(), appraisal = new { year = 2026, title = "县里改名", startsOn = "2026-09-01" },
        });
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }
}
