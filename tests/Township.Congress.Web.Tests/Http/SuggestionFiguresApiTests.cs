using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Places;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.Testing.Suggestions;

namespace Township.Congress.Web.Tests.Http;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

/// <summary>
/// The figure scenario played in a township of its own in the running app: the figures endpoint
/// and the ledger's 统计 sheet give exactly the numbers the model test checks.
/// </summary>
public class SuggestionFiguresApiTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    [Fact]
    public async Task TheFiguresEndpointAndTheLedgerShowTheScenariosExactNumbers()
    {
        var options = app.Services.GetRequiredService<DbContextOptions<CongressDbContext>>();
        var clock = new FixedClock(FigureScenario.End);
        Guid townshipId, roads, water, category;
        List<Guid> deputies;
        await using (var db = app.SystemContext())
        {
            var county = await db.Counties.SingleAsync();
            var township = new Township { CountyId = county.Id, Name = "统计测试镇", Number = 99, Kind = TownshipKind.Zhen };
            var term = new Term { TownshipId = township.Id, Ordinal = 13, StartYear = 2021, EndYear = 2026, IsCurrent = true };
            db.AddRange(township, term);
            var people = new[] { "欧阳明", "司马秀", "诸葛军" }
                .Select(n => new Deputy { TownshipId = township.Id, TermId = term.Id, Name = n, StatusSince = new DateOnly(2021, 1, 5) }).ToList();
            db.Deputies.AddRange(people);
            var r = new HandlingUnit { CountyId = county.Id, TownshipId = township.Id, Name = "统计测试镇村镇建设办公室", Kind = HandlingUnitKind.TownshipOffice };
            var w = new HandlingUnit { CountyId = county.Id, Name = "统计测试水利站", Kind = HandlingUnitKind.Station };
            var c = new SuggestionCategory { CountyId = county.Id, Name = "统计测试分类", SortOrder = 1 };
            db.AddRange(r, w, c);
            await db.SaveChangesAsync();
            (townshipId, roads, water, category, deputies) = (township.Id, r.Id, w.Id, c.Id, people.Select(p => p.Id).ToList());
        }
        var secretary = Security.TownshipScope.Secretary("统计测试秘书", Guid.NewGuid(), townshipId);
        await FigureScenario.RunAsync(new FigureSetup(scope => new CongressDbContext(options, scope, clock), clock, secretary, townshipId,
            deputies, roads, water, category));

        var client = await app.LoginAsync("admin");
        var json = await client.GetFromJsonAsync<JsonElement>($"/api/v1/townships/{townshipId}/suggestion-figures?year=2026");

        // The counts and every rate as numerator, denominator, percent and text.
        var report = json.Deserialize<SuggestionFigureReport>(JsonSerializerOptions.Web)!;
        FigureScenario.AssertTotals(report.Total);
        FigureScenario.AssertUnits(report.ByUnit, roads, water);
        FigureScenario.AssertCategories(report.ByCategory, category);
        var total = json.GetProperty("total");
        foreach (var (name, rate) in new[]
        {
            ("answerRate", report.Total.AnswerRate), ("onTimeRate", report.Total.OnTimeRate), ("satisfactionRate", report.Total.SatisfactionRate),
            ("closureRate", report.Total.ClosureRate), ("implementationRate", report.Total.ImplementationRate),
        })
        {
            var r = total.GetProperty(name);
            Assert.Equal((rate.Numerator, rate.Denominator, rate.Percent, rate.Text),
                (r.GetProperty("numerator").GetInt32(), r.GetProperty("denominator").GetInt32(), r.GetProperty("percent").GetDecimal(), r.GetProperty("text").GetString()));
        }
        Assert.Equal(85.7m, total.GetProperty("answerRate").GetProperty("percent").GetDecimal());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("byUnit")[0].GetProperty("figures").GetProperty("satisfactionRate").GetProperty("percent").ValueKind);

        // The ledger downloaded through the API: its 统计 sheet is the same report.
        var xlsx = await client.GetByteArrayAsync($"/api/v1/townships/{townshipId}/suggestion-ledger.xlsx?year=2026");
        LedgerSheets.AssertFigures(xlsx, report);
        Assert.Equal(9, LedgerSheets.Ledger(xlsx).Count);
        await using var check = new CongressDbContext(options, Security.TownshipScope.System("check"));
        LedgerSheets.AssertFigures(xlsx, await check.FiguresAsync(townshipId, 2026));
    }
}
