using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Township.Congress.Web.Tests.Http;

public class AnnualReportApiTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    private static IEnumerable<JsonElement> Paragraphs(JsonElement report) => report.GetProperty("sections").EnumerateArray()
        .SelectMany(s => s.GetProperty("parts").EnumerateArray()).SelectMany(p => p.GetProperty("paragraphs").EnumerateArray());

    private static long Version(JsonElement report) => report.GetProperty("report").GetProperty("version").GetInt64();

    [Fact]
    public async Task ASecretaryDraftsEditsFinalisesAndStartsANewVersionWhileTheCountyOnlyReads()
    {
        await using var db = app.SystemContext();
        var one = await db.Townships.SingleAsync(t => t.Number == 1);
        var client = await app.LoginAsync("town01");

        var created = await client.PostAsJsonAsync($"/api/v1/townships/{one.Id}/annual-reports", new { year = 2024 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var report = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = report.GetProperty("report").GetProperty("id").GetGuid();
        Assert.Equal("Draft", report.GetProperty("report").GetProperty("state").GetString());
        Assert.Equal("一、2024年工作回顾", report.GetProperty("sections")[0].GetProperty("heading").GetString());
        Assert.StartsWith("第1稿　草稿", report.GetProperty("versionText").GetString());

        var again = await client.PostAsJsonAsync($"/api/v1/townships/{one.Id}/annual-reports", new { year = 2024 });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("草稿", await again.Content.ReadAsStringAsync());
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/townships/{one.Id}/annual-reports?year=2024");
        Assert.Equal([id], list.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()));

        var county = await app.LoginAsync("county");
        Assert.Equal(HttpStatusCode.OK, (await county.GetAsync($"/api/v1/annual-reports/{id}")).StatusCode);
        var sessions = Paragraphs(report).First(p => p.GetProperty("text").GetString()!.Contains("{sessions.held}"));
        object Edit(long version, string text) => new { version, paragraphs = new[] { new { id = sessions.GetProperty("id").GetGuid(), text } } };
        Assert.Equal(HttpStatusCode.Forbidden, (await county.PutAsJsonAsync($"/api/v1/annual-reports/{id}", Edit(Version(report), "县里改的"))).StatusCode);
        var other = await app.LoginAsync("town02");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/annual-reports/{id}")).StatusCode);

        var put = await client.PutAsJsonAsync($"/api/v1/annual-reports/{id}", Edit(Version(report), "全年召开人民代表大会会议{sessions.held}次，圆满完成各项议程。"));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var edited = await put.Content.ReadFromJsonAsync<JsonElement>();
        var paragraph = Paragraphs(edited).Single(p => p.GetProperty("id").GetGuid() == sessions.GetProperty("id").GetGuid());
        Assert.Equal(2, paragraph.GetProperty("revisions").GetArrayLength());
        Assert.DoesNotContain("{", paragraph.GetProperty("plain").GetString());

        var stale = await client.PutAsJsonAsync($"/api/v1/annual-reports/{id}", Edit(Version(report), "旧页面"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var unknown = await client.PutAsJsonAsync($"/api/v1/annual-reports/{id}", Edit(Version(edited), "召开{sessions.total}次"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var problem = await unknown.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("sessions.total", problem.GetProperty("errors").GetProperty("Paragraphs[0].Text")[0].GetString());

        var finalised = await client.PostAsJsonAsync($"/api/v1/annual-reports/{id}/finalise", new { version = Version(edited) });
        Assert.Equal(HttpStatusCode.OK, finalised.StatusCode);
        var final = await finalised.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Final", final.GetProperty("report").GetProperty("state").GetString());
        Assert.Equal("第1稿　定稿", final.GetProperty("versionText").GetString());
        var refused = await client.PutAsJsonAsync($"/api/v1/annual-reports/{id}", Edit(Version(final), "定稿后修改"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("已定稿", await refused.Content.ReadAsStringAsync());

        // The prints carry the frozen text: PDF and .docx with the same headings.
        var pdf = await client.GetAsync($"/api/v1/annual-reports/{id}/report.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Concat(document.GetPages().Select(p => p.Text)).Replace(" ", "");
            Assert.Contains("主席团工作报告", text);
            Assert.Contains("2024年工作回顾", text);
            Assert.Contains("圆满完成各项议程", text);
        }
        var docx = await client.GetAsync($"/api/v1/annual-reports/{id}/report.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var body = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("一、2024年工作回顾", body);
            Assert.Contains("圆满完成各项议程", body);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/annual-reports/{id}/report.docx")).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await county.PostAsync($"/api/v1/annual-reports/{id}/new-version", null)).StatusCode);
        var second = await client.PostAsync($"/api/v1/annual-reports/{id}/new-version", null);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var secondReport = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, secondReport.GetProperty("report").GetProperty("number").GetInt32());
        Assert.Equal(id, secondReport.GetProperty("report").GetProperty("copiedFromId").GetGuid());
    }
}
