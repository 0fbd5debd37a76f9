using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Auditing;
using UglyToad.PdfPig;

namespace Township.Congress.Web.Tests.Http;

public class ApiTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    [Fact]
    public async Task HealthAndOpenApiAnswer()
    {
        var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        var openApi = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/v1/deputies/{id}", out _));
    }

    [Fact]
    public async Task ApiNeedsLoginAndAnswers401NotARedirect()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/deputies");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task WrongPasswordIs401AndFiveFailuresLockTheAccount()
    {
        var client = app.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            var r = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "chair15", password = "wrong" });
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        }
        var locked = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "chair15", password = Township.Congress.Demo.DemoSeeder.DefaultPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("锁定", (await locked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        await using var db = app.SystemContext();
        Assert.True(await db.AuditEntries.CountAsync(a => a.UserName == "chair15" && a.Action == AuditAction.LoginFailed) >= 4);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.UserName == "chair15" && a.Action == AuditAction.LockedOut));
    }

    [Fact]
    public async Task TwoConcurrentPutsSecondGets409AndAuditShowsTheFirst()
    {
        var client = await app.LoginAsync("town03");
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/deputies?pageSize=1");
        var id = list.GetProperty("items")[0].GetProperty("id").GetGuid();
        var deputy = await client.GetFromJsonAsync<JsonElement>($"/api/v1/deputies/{id}");
        var version = deputy.GetProperty("version").GetInt64();

        object Body(string occupation) => new
        {
            version,
            deputy = new
            {
                name = deputy.GetProperty("name").GetString(), gender = deputy.GetProperty("gender").GetString(),
                ethnicity = deputy.GetProperty("ethnicity").GetString(), levels = deputy.GetProperty("levels").GetString(),
                category = deputy.GetProperty("category").GetString(), occupation,
            },
        };
        var first = await client.PutAsJsonAsync($"/api/v1/deputies/{id}", Body("第一次修改"));
        var second = await client.PutAsJsonAsync($"/api/v1/deputies/{id}", Body("第二次修改"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("已被其他人修改", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        await using var db = app.SystemContext();
        var audit = await db.AuditEntries.Where(a => a.EntityKey == id.ToString() && a.Action == AuditAction.Update).ToListAsync();
        Assert.Contains("第一次修改", Assert.Single(audit).Changes);
    }

    [Fact]
    public async Task InvalidInputIsAValidationProblemInChinese()
    {
        var client = await app.LoginAsync("town04");
        var response = await client.PostAsJsonAsync("/api/v1/deputies", new { deputy = new { name = "", phone = "123" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("请填写代表姓名。", problem.GetProperty("errors").GetProperty("Name")[0].GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("Phone", out _));
    }

    [Fact]
    public async Task CountyViewerReadsAnyTownshipButCannotEdit()
    {
        var client = await app.LoginAsync("county");
        var townships = await client.GetFromJsonAsync<JsonElement>("/api/v1/townships");
        Assert.Equal(15, townships.GetArrayLength());
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/deputies?townshipId={townships[5].GetProperty("id").GetGuid()}&pageSize=1");
        var item = list.GetProperty("items")[0];
        Assert.Contains("****", item.GetProperty("phone").GetString());
        var response = await client.PostAsJsonAsync($"/api/v1/deputies/{item.GetProperty("id").GetGuid()}/status",
            new { status = "Resigned", effectiveOn = "2025-01-01", reason = "测试", version = item.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task RosterPdfCarriesTheTownshipsDeputies()
    {
        var client = await app.LoginAsync("town01");
        var township = (await client.GetFromJsonAsync<JsonElement>("/api/v1/townships"))[0].GetProperty("id").GetGuid();
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/deputies?townshipId={township}&pageSize=3");
        var bytes = await client.GetByteArrayAsync($"/api/v1/townships/{township}/roster.pdf");

        using var pdf = PdfDocument.Open(bytes);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("城关镇第十三届人民代表大会代表名册", text);
        Assert.Contains("— 1 —", text);
        foreach (var d in list.GetProperty("items").EnumerateArray())
            Assert.Contains(d.GetProperty("name").GetString()!, text);
    }

    [Fact]
    public async Task ImportThroughTheApiReportsEveryBadRowAndWritesNothing()
    {
        var client = await app.LoginAsync("town05");
        var township = (await client.GetFromJsonAsync<JsonElement>("/api/v1/townships"))[0].GetProperty("id").GetGuid();
        var before = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/deputies?townshipId={township}")).GetProperty("total").GetInt32();
        static Dictionary<string, object?> Row(string name, string gender, string birth) => new()
        {
            ["姓名"] = name, ["性别"] = gender, ["民族"] = "汉族", ["出生日期"] = birth, ["代表结构"] = "农民", ["代表层级"] = "乡",
        };
        var sheet = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(sheet, new[]
        {
            Row("甲一", "男", "1970-01-01"), Row("乙二", "X", "1971-01-01"), Row("丙三", "女", "昨天"),
            Row("丁四", "男", "1973-01-01"), Row("", "女", "1974-01-01"),
        });
        using var form = new MultipartFormDataContent { { new ByteArrayContent(sheet.ToArray()), "file", "名册.xlsx" } };

        var response = await client.PostAsync($"/api/v1/townships/{township}/deputies/import", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var rows = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("row").GetInt32()).ToList();
        Assert.Equal([3, 4, 6], rows);
        Assert.Equal(before, (await client.GetFromJsonAsync<JsonElement>($"/api/v1/deputies?townshipId={township}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task SessionsOfAYearCarryTheirRollVotesAndElections()
    {
        var client = await app.LoginAsync("town01");
        var sessions = await client.GetFromJsonAsync<JsonElement>("/api/v1/sessions?year=2025");
        Assert.Equal(2, sessions.GetArrayLength());
        Assert.StartsWith("第十三届人民代表大会第", sessions[0].GetProperty("name").GetString());

        var details = await client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessions[0].GetProperty("id").GetGuid()}");
        var attendance = details.GetProperty("attendance");
        Assert.Equal(details.GetProperty("roll").GetArrayLength(), attendance.GetProperty("inOffice").GetInt32());
        Assert.True(attendance.GetProperty("hasQuorum").GetBoolean());
        Assert.All(details.GetProperty("votes").EnumerateArray(), v =>
            Assert.True(v.GetProperty("for").GetInt32() + v.GetProperty("against").GetInt32() + v.GetProperty("abstain").GetInt32()
                <= attendance.GetProperty("present").GetInt32()));

        var first = await client.GetFromJsonAsync<JsonElement>("/api/v1/sessions?year=2021");
        var electoral = await client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{first[0].GetProperty("id").GetGuid()}");
        Assert.Contains(electoral.GetProperty("elections").EnumerateArray(), e => e.GetProperty("officeTitle").GetString() == "人大主席");
        var meetings = await client.GetFromJsonAsync<JsonElement>("/api/v1/presidium-meetings?year=2025");
        Assert.Equal(4, meetings.GetArrayLength());
    }

    [Fact]
    public async Task SessionMinutesPrintTheAbsentAndTheVoteNumbers()
    {
        var client = await app.LoginAsync("town02");
        var sessions = await client.GetFromJsonAsync<JsonElement>("/api/v1/sessions?year=2021");
        var id = sessions[0].GetProperty("id").GetGuid();
        var details = await client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{id}");

        using var pdf = PdfDocument.Open(await client.GetByteArrayAsync($"/api/v1/sessions/{id}/minutes.pdf"));
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));

        Assert.Contains($"{details.GetProperty("townshipName").GetString()}第十三届人民代表大会", text);
        foreach (var r in details.GetProperty("roll").EnumerateArray().Where(r => r.GetProperty("status").GetString() is "Absent" or "OnLeave"))
            Assert.Contains(r.GetProperty("name").GetString()!, text);
        foreach (var v in details.GetProperty("votes").EnumerateArray())
            Assert.Contains($"{v.GetProperty("for").GetInt32()}{v.GetProperty("against").GetInt32()}{v.GetProperty("abstain").GetInt32()}", text);
        foreach (var e in details.GetProperty("elections").EnumerateArray())
            Assert.Contains(e.GetProperty("officeTitle").GetString()!, text);
        Assert.Contains("— 1 —", text);

        var sheet = PdfDocument.Open(await client.GetByteArrayAsync($"/api/v1/sessions/{id}/sign-in-sheet.pdf"));
        Assert.Contains(details.GetProperty("roll")[0].GetProperty("name").GetString()!, string.Concat(sheet.GetPages().Select(p => p.Text)));
        var meeting = (await client.GetFromJsonAsync<JsonElement>("/api/v1/presidium-meetings?year=2025"))[0];
        var minutes = PdfDocument.Open(await client.GetByteArrayAsync($"/api/v1/presidium-meetings/{meeting.GetProperty("id").GetGuid()}/minutes.pdf"));
        Assert.Contains("人大主席团2025年第一次会议纪要", string.Concat(minutes.GetPages().Select(p => p.Text)));
    }

    [Fact]
    public async Task TheYearsFirstSessionCarriesItsProjectVoteInTheApiTheBallotsAndTheMinutes()
    {
        var client = await app.LoginAsync("town01");
        var sessions = await client.GetFromJsonAsync<JsonElement>("/api/v1/sessions?year=2025");
        var id = sessions[0].GetProperty("id").GetGuid();
        var details = await client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{id}");

        Assert.Equal(10, details.GetProperty("livelihoodSeats").GetInt32());
        var projects = details.GetProperty("livelihoodCandidates").EnumerateArray().ToList();
        Assert.InRange(projects.Count, 12, 15);
        Assert.Equal(10, projects.Count(p => p.GetProperty("chosen").GetBoolean()));
        Assert.All(details.GetProperty("elections").EnumerateArray(), e => Assert.Equal("Recorded", e.GetProperty("status").GetString()));
        var second = await client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessions[1].GetProperty("id").GetGuid()}");
        Assert.Empty(second.GetProperty("livelihoodCandidates").EnumerateArray());

        using var ballots = PdfDocument.Open(await client.GetByteArrayAsync($"/api/v1/sessions/{id}/ballots.pdf"));
        // 12–15 projects, each with its unit and budget: the list may flow onto a second sheet under the repeated header.
        var sheets = ballots.GetPages().ToList();
        Assert.InRange(sheets.Count, 1, 2);
        var ballot = string.Concat(sheets.Select(p => p.Text));
        Assert.Contains("民生实事项目票决票", ballot);
        Assert.Contains("（应选10项）", ballot);
        Assert.All(projects, p => Assert.Contains(p.GetProperty("name").GetString()!, ballot));
        var noBallot = await client.GetAsync($"/api/v1/sessions/{sessions[1].GetProperty("id").GetGuid()}/ballots.pdf");
        Assert.Equal(HttpStatusCode.BadRequest, noBallot.StatusCode);

        using var minutes = PdfDocument.Open(await client.GetByteArrayAsync($"/api/v1/sessions/{id}/minutes.pdf"));
        var text = string.Concat(minutes.GetPages().Select(p => p.Text));
        Assert.Contains("民生实事项目票决结果", text);
        Assert.Contains($"会议对{projects.Count}个民生实事候选项目进行了票决（应选10项），10个项目入选。", text);
        Assert.Contains("票决确定民生实事项目10项", text);
    }
}
