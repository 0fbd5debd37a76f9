using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Township.Congress.Web.Tests.Http;

/// <summary>Reports to voters and petitions through the API: create, read, update, the disclosure rule and refusals.</summary>
public class SupervisionApiTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    private static string Day(int daysAgo) => DateTime.UtcNow.AddDays(-daysAgo).ToString("yyyy-MM-dd");

    [Fact]
    public async Task AReportToVotersIsRecordedRatedAndReadWithItsResult()
    {
        var client = await app.LoginAsync("town04");
        Guid deputy;
        await using (var db = app.SystemContext())
        {
            var township = await db.Townships.SingleAsync(t => t.Number == 4);
            deputy = await db.Deputies.Where(d => d.TownshipId == township.Id).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        }
        object Body(long version, int competent, int basic) => new
        {
            version, report = new
            {
                deputyId = deputy, reportedOn = Day(5), place = "村委会会议室", audience = 100, reportText = "一年来的履职情况",
                ratingMethod = "Votes", competentVotes = competent, basicallyCompetentVotes = basic, incompetentVotes = 100 - competent - basic,
                isPublished = true,
            },
        };

        var created = await client.PostAsJsonAsync("/api/v1/voter-reports", Body(0, 80, 10));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var report = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Competent", report.GetProperty("result").GetString());
        Assert.Equal(80m, report.GetProperty("competentPercent").GetDecimal());
        var id = report.GetProperty("id").GetGuid();

        var updated = await client.PutAsJsonAsync($"/api/v1/voter-reports/{id}", Body(report.GetProperty("version").GetInt64(), 79, 11));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var read = await client.GetFromJsonAsync<JsonElement>($"/api/v1/voter-reports/{id}");
        Assert.Equal("BasicallyCompetent", read.GetProperty("result").GetString());
        var year = DateTime.UtcNow.AddDays(-5).Year;
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/voter-reports?year={year}&pageSize=100");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        var coverage = await client.GetFromJsonAsync<JsonElement>($"/api/v1/voter-reports/coverage?year={year}");
        Assert.Contains(coverage.GetProperty("reportedInYear").EnumerateArray(), d => d.GetProperty("id").GetGuid() == deputy);

        var result = await client.GetAsync($"/api/v1/voter-reports/{id}/result.pdf");
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await result.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "");
            Assert.Contains("测评结果：基本称职", text);
            Assert.Contains("79.0%", text);
        }
        var form = await client.GetAsync($"/api/v1/voter-reports/{id}/rating-form.pdf");
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await form.Content.ReadAsByteArrayAsync()))
            Assert.Contains("100合计", string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", ""));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/voter-reports/{id}/notice.pdf")).StatusCode);

        var tooMany = await client.PostAsJsonAsync("/api/v1/voter-reports", new
        {
            report = new { deputyId = deputy, reportedOn = Day(1), place = "村委会", audience = 10, ratingMethod = "Votes", competentVotes = 11 },
        });
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("多于参加选民人数", await tooMany.Content.ReadAsStringAsync());
        var noPlace = await client.PostAsJsonAsync("/api/v1/voter-reports", new { report = new { deputyId = deputy, reportedOn = Day(1) } });
        Assert.Contains("请填写述职地点", await noPlace.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task APetitionShowsTheVisitorsPhoneToTheSecretaryAndMaskedToTheChair()
    {
        var secretary = await app.LoginAsync("town05");
        var created = await secretary.PostAsJsonAsync("/api/v1/petitions", new
        {
            petition = new { visitorName = "孙大娘", visitorPhone = "13912345678", receivedOn = Day(3), matter = "低保申请未答复", receivedBy = "人大办" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var petition = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = petition.GetProperty("id").GetGuid();
        Assert.Equal("13912345678", petition.GetProperty("visitorPhone").GetString());
        Assert.Equal(DateOnly.Parse(Day(3)).AddDays(60), DateOnly.Parse(petition.GetProperty("finishBy").GetString()!));

        var chair = await app.LoginAsync("chair05");
        var seen = await chair.GetFromJsonAsync<JsonElement>($"/api/v1/petitions/{id}");
        Assert.Equal("139****5678", seen.GetProperty("visitorPhone").GetString());
        var chairEdit = await chair.PutAsJsonAsync($"/api/v1/petitions/{id}", new
        {
            version = seen.GetProperty("version").GetInt64(),
            petition = new { visitorName = "孙大娘", receivedOn = Day(3), matter = "改", receivedBy = "人大办" },
        });
        Assert.Equal(HttpStatusCode.Forbidden, chairEdit.StatusCode);

        Guid unit;
        await using (var db = app.SystemContext()) unit = await db.HandlingUnits.Where(u => u.TownshipId == null).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync();
        var extendedWithoutReason = await secretary.PutAsJsonAsync($"/api/v1/petitions/{id}", new
        {
            version = petition.GetProperty("version").GetInt64(),
            petition = new
            {
                visitorName = "孙大娘", visitorPhone = "13912345678", receivedOn = Day(3), matter = "低保申请未答复", receivedBy = "人大办",
                state = "Accepted", decidedOn = Day(2), unitId = unit, extensionDays = 30,
            },
        });
        Assert.Equal(HttpStatusCode.BadRequest, extendedWithoutReason.StatusCode);
        Assert.Contains("延期须写明理由", await extendedWithoutReason.Content.ReadAsStringAsync());

        var accepted = await secretary.PutAsJsonAsync($"/api/v1/petitions/{id}", new
        {
            version = petition.GetProperty("version").GetInt64(),
            petition = new
            {
                visitorName = "孙大娘", visitorPhone = "13912345678", receivedOn = Day(3), matter = "低保申请未答复", receivedBy = "人大办",
                state = "Accepted", decidedOn = Day(2), unitId = unit, extensionDays = 30, extensionReason = "需县民政局复核",
            },
        });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var after = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(DateOnly.Parse(Day(3)).AddDays(90), DateOnly.Parse(after.GetProperty("finalDue").GetString()!));
        Assert.Equal("Accepted", after.GetProperty("state").GetString());

        var badState = await secretary.PostAsJsonAsync("/api/v1/petitions", new { petition = new { visitorName = "x", state = "Lost" } });
        Assert.Equal(HttpStatusCode.BadRequest, badState.StatusCode);
    }
}
