using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using MiniExcelLibs;
using Township.Congress.AnnualReports;
using Township.Congress.Figures;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Figures;
using UglyToad.PdfPig;

namespace Township.Congress.Web.Tests.Http;

/// <summary>
/// One definition per figure, as people receive it over HTTP: for every demo township and year, the township dashboard's JSON,
/// the annual report API's figures, the county rollup's .xlsx (read back with MiniExcel) and, for one year, its PDF (read back
/// with PdfPig) show the seeded records counted one by one (<see cref="SeededCounts"/>).
/// </summary>
public class FigureAgreementApiTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    private static readonly int[] Years = [2022, 2023, 2024, 2025, 2026];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// The rollup's columns as the county reads them, header by header, with the counted figure each must show: a count as a
    /// number, a rate as its percent (a fraction in the sheet), nothing for a rate with nothing to count or a figure not rolled up.
    /// </summary>
    private static readonly (string Header, Func<TownshipYearFigures, int?>? Count, Func<TownshipYearFigures, Rate>? Rate)[] Rollup =
    [
        ("人代会次数", f => f.SessionsHeld, null), ("人代会出席率", null, f => f.SessionAttendance),
        ("主席团会议次数", f => f.PresidiumMeetings, null), ("主席团会议出席率", null, f => f.PresidiumAttendance),
        ("代表活动次数", f => f.ActivitiesHeld, null), ("代表活动人次", f => f.ActivityPersonTimes, null), ("培训次数", f => f.Trainings, null),
        ("代表培训率", null, f => f.TrainingRate), ("联系选民人次", f => f.VoterContactPersonTimes, null), ("代表接待日次数", f => f.ReceptionDays, null),
        ("代表述职次数", f => f.VoterReports, null), ("述职代表占比", null, f => f.VoterReportShare), ("工作评议次数", f => f.Appraisals, null),
        ("评议不满意对象数", f => f.SubjectsUnsatisfied, null), ("民生实事项目数", f => f.LivelihoodProjects, null),
        ("民生实事完成率", null, f => f.LivelihoodCompletion), ("信访件数", f => f.Petitions, null), ("信访按期办结率", null, f => f.PetitionOnTimeRate),
        ("收到建议件数", f => f.Suggestions.Received, null), ("建议按期答复率", null, f => f.Suggestions.OnTimeRate),
        ("建议满意率", null, f => f.Suggestions.SatisfactionRate), ("建议办结率", null, f => f.Suggestions.ClosureRate),
        ("答复A类件数", f => f.Suggestions.AnsweredClassA, null), ("A类占比", null, f => f.Suggestions.ClassAShare),
        ("答复B类件数", f => f.Suggestions.AnsweredClassB, null), ("B类占比", null, f => f.Suggestions.ClassBShare),
        ("答复C类件数", f => f.Suggestions.AnsweredClassC, null), ("C类占比", null, f => f.Suggestions.ClassCShare),
        ("逾期未答复件数", f => f.Suggestions.Overdue, null), ("需要关注的代表", _ => null, null),
    ];

    [Fact]
    public async Task TheDashboardAndTheAnnualReportApisShowTheCountedFiguresOfEveryDemoTownshipAndYear()
    {
        SeededCounts counts;
        await using (var db = app.SystemContext()) counts = await SeededCounts.LoadAsync(db);
        var county = await app.LoginAsync("county");
        foreach (var township in counts.Townships)
        {
            var secretary = await app.LoginAsync($"town{township.Number:D2}");
            foreach (var year in Years)
            {
                var expected = counts.Expected(township.Id, year);
                var dashboard = await county.GetFromJsonAsync<JsonElement>($"/api/v1/townships/{township.Id}/dashboard?year={year}");
                SeededCounts.AssertSame(expected, dashboard.GetProperty("figures").Deserialize<TownshipYearFigures>(Json)!);
                SeededCounts.AssertSame(counts.Expected(township.Id, year - 1), dashboard.GetProperty("lastYear").Deserialize<TownshipYearFigures>(Json)!);

                var created = await secretary.PostAsJsonAsync($"/api/v1/townships/{township.Id}/annual-reports", new { year });
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                var report = await created.Content.ReadFromJsonAsync<JsonElement>();
                var figures = report.GetProperty("figures").Deserialize<Dictionary<string, string>>()!;
                Assert.Equal(AnnualReportFigures.Values(expected), figures);
                var s = expected.Suggestions;
                Assert.Equal((Text(expected.SessionsHeld), Text(s.AnsweredClassA), s.ClassAShare.Text, Text(s.AnsweredClassC), s.ClosureRate.Text),
                    (figures["sessions.held"], figures["suggestions.class-a"], figures["suggestions.class-a-share"], figures["suggestions.class-c"],
                        figures["suggestions.closure-rate"]));
                // The county reads the same report with the same figures.
                var read = await county.GetFromJsonAsync<JsonElement>($"/api/v1/annual-reports/{report.GetProperty("report").GetProperty("id").GetGuid()}");
                Assert.Equal(figures, read.GetProperty("figures").Deserialize<Dictionary<string, string>>());
            }
        }
    }

    [Fact]
    public async Task TheRollupSheetOfEveryYearAndTheRollupPdfShowTheCountedFiguresOfEveryTownship()
    {
        SeededCounts counts;
        await using (var db = app.SystemContext()) counts = await SeededCounts.LoadAsync(db);
        var client = await app.LoginAsync("county");
        foreach (var year in Years)
        {
            var xlsx = await client.GetByteArrayAsync($"/api/v1/counties/{counts.CountyId}/rollup.xlsx?year={year}");
            var rows = MiniExcel.Query(new MemoryStream(xlsx)).Select(r => ((IDictionary<string, object?>)r).Values.ToList()).ToList();
            Assert.Equal(new[] { "乡镇" }.Concat(Rollup.Select(c => c.Header)), rows[0].Select(v => v?.ToString()));
            Assert.Equal(counts.Townships.Count + 3, rows.Count); // header, the townships, 合计, 平均
            foreach (var (township, i) in counts.Townships.Select((t, i) => (t, i)))
            {
                var expected = counts.Expected(township.Id, year);
                var row = rows[i + 1];
                Assert.Equal(township.Name, row[0]);
                for (var c = 0; c < Rollup.Length; c++)
                    Assert.True(Equals(SheetValue(Rollup[c], expected), Number(row[c + 1])),
                        $"{year} {township.Name} {Rollup[c].Header}: the sheet has {row[c + 1]}, the records give {SheetValue(Rollup[c], expected)}");
            }
            var total = TownshipYearFigures.Total(counts.Townships.Select(t => counts.Expected(t.Id, year)).ToList(), year, "合计");
            Assert.Equal("合计", rows[^2][0]);
            Assert.Equal(Rollup.Select(c => SheetValue(c, total)), rows[^2].Skip(1).Select(Number));
        }

        // The PDF of one year: each township's row of each table reads its counted figures, in the sheet's column order.
        var pdf = await client.GetByteArrayAsync($"/api/v1/counties/{counts.CountyId}/rollup.pdf?year=2025");
        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value)))).Replace(" ", "", StringComparison.Ordinal);
        foreach (var township in counts.Townships)
        {
            var cells = Rollup.Select(c => PrintedText(c, counts.Expected(township.Id, 2025))).ToList();
            for (var from = 0; from < cells.Count; from += Reports.Documents.Figures.CountyRollupDocument.ColumnsPerTable)
                Assert.Contains(township.Name + string.Concat(cells.Skip(from).Take(Reports.Documents.Figures.CountyRollupDocument.ColumnsPerTable)), text);
        }
    }

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static decimal? SheetValue((string Header, Func<TownshipYearFigures, int?>? Count, Func<TownshipYearFigures, Rate>? Rate) column,
        TownshipYearFigures f) => column.Count is { } count ? count(f) : column.Rate!(f).Percent / 100m;

    private static string PrintedText((string Header, Func<TownshipYearFigures, int?>? Count, Func<TownshipYearFigures, Rate>? Rate) column,
        TownshipYearFigures f) => column.Count is { } count ? count(f)?.ToString(CultureInfo.InvariantCulture) ?? "—" : column.Rate!(f).Text;

    /// <summary>A cell as a number: MiniExcel reads numbers as double; an empty cell is null.</summary>
    private static decimal? Number(object? cell) => cell switch
    {
        null => null,
        string { Length: 0 } => null,
        IConvertible c => Math.Round(Convert.ToDecimal(c, CultureInfo.InvariantCulture), 6),
        _ => throw new InvalidDataException($"not a number: {cell}"),
    };
}
