using System.Net;
using Microsoft.EntityFrameworkCore;
using Township.Congress.DeputyRecords;
using Township.Congress.Rules;
using UglyToad.PdfPig;

namespace Township.Congress.Web.Tests.Http;

/// <summary>The deputy records' PDFs through the API: one deputy's 履职档案, the township batch and the 亮分表, from the demo county.</summary>
public class DeputyRecordPrintApiTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    private const int Year = 2025;

    private static List<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value)).Replace(" ", "", StringComparison.Ordinal)).ToList();
    }

    [Fact]
    public async Task A_deputys_record_names_the_deputy_and_is_dated_the_end_of_the_year_not_the_print_day()
    {
        var client = await app.LoginAsync("town01");
        await using var db = app.SystemContext();
        var township = await db.Townships.SingleAsync(t => t.Number == 1);
        var rules = await new CountyRulesService(db).ForTownshipAsync(township.Id);
        var record = (await db.TownshipRecordsAsync(township.Id, Year, null, rules)).OrderBy(r => r.Points!.Rank).First();

        var response = await client.GetAsync($"/api/v1/deputies/{record.DeputyId}/record.pdf?year={Year}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = string.Concat(Pages(await response.Content.ReadAsByteArrayAsync()));
        Assert.StartsWith($"{record.Name}代表{Year}年度履职档案", text);
        Assert.Contains($"积分合计{record.Points!.Total}分，等次为“{record.Points.BandLabel}”", text);
        Assert.Contains($"履职天数{record.Counts.DaysOnDuty}天", text);
        Assert.Contains($"人大主席团{Year}年12月31日", text);
    }

    [Fact]
    public async Task The_township_batch_starts_each_deputy_on_a_new_page_and_the_points_table_lists_them_all()
    {
        var client = await app.LoginAsync("town01");
        await using var db = app.SystemContext();
        var township = await db.Townships.SingleAsync(t => t.Number == 1);
        var rules = await new CountyRulesService(db).ForTownshipAsync(township.Id);
        var records = await db.TownshipRecordsAsync(township.Id, Year, null, rules);

        var batch = await client.GetAsync($"/api/v1/townships/{township.Id}/deputy-records.pdf?year={Year}&kind=Record");
        Assert.Equal(HttpStatusCode.OK, batch.StatusCode);
        var starts = Pages(await batch.Content.ReadAsByteArrayAsync()).Where(p => p.Contains($"代表{Year}年度履职档案", StringComparison.Ordinal)).ToList();
        Assert.Equal(records.Count, starts.Count);
        Assert.All(records, r => Assert.Contains(starts, p => p.StartsWith($"{r.Name}代表{Year}年度履职档案", StringComparison.Ordinal)));

        var points = await client.GetAsync($"/api/v1/townships/{township.Id}/deputy-records.pdf?year={Year}&quarter=2&kind=Points");
        Assert.Equal(HttpStatusCode.OK, points.StatusCode);
        var table = string.Concat(Pages(await points.Content.ReadAsByteArrayAsync()));
        Assert.StartsWith($"{township.Name}人大代表{Year}年第二季度履职积分亮分表截至{Year}年6月30日", table);
        Assert.All(records, r => Assert.Contains(r.Name, table));
    }

    [Fact]
    public async Task An_unknown_kind_or_quarter_is_a_400_naming_the_parameter()
    {
        var client = await app.LoginAsync("town01");
        await using var db = app.SystemContext();
        var township = await db.Townships.SingleAsync(t => t.Number == 1);

        var kind = await client.GetAsync($"/api/v1/townships/{township.Id}/deputy-records.pdf?kind=7");
        var quarter = await client.GetAsync($"/api/v1/townships/{township.Id}/deputy-records.pdf?quarter=5");

        Assert.Equal(HttpStatusCode.BadRequest, kind.StatusCode);
        Assert.Contains("kind", await kind.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, quarter.StatusCode);
        Assert.Contains("quarter", await quarter.Content.ReadAsStringAsync());
    }
}
