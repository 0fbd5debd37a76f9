using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Security;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;
using C = Township.Congress.Suggestions.SuggestionLedger.Columns;

namespace Township.Congress.Tests.Suggestions;

public class SuggestionFiguresAndLedgerTests
{
    private static async Task<(SuggestionWorld World, FigureScenario.Items Items)> ScenarioAsync(TestDatabase database)
    {
        var w = await SuggestionWorld.CreateAsync(database, FigureScenario.End);
        await using (var db = database.System())
        {
            // A unit's contact phone must not reach the ledger any more than the deputies' phones do.
            var roads = await db.HandlingUnits.SingleAsync(u => u.Id == w.Roads.Id);
            roads.ContactPhone = "13900001234";
            await db.SaveChangesAsync();
        }
        var items = await FigureScenario.RunAsync(new FigureSetup(w.Context, w.Clock, w.Secretary, w.County.One.Id,
            w.Deputies.Take(3).Select(d => d.Id).ToList(), w.Roads.Id, w.Water.Id, w.RoadsCategory.Id));
        return (w, items);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryFigureAndRateOfAKnownYearIsExact(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (w, _) = await ScenarioAsync(database);
        await using var db = w.Context(w.Secretary);

        var report = await db.FiguresAsync(w.County.One.Id, 2026);

        FigureScenario.AssertTotals(report.Total);
        FigureScenario.AssertUnits(report.ByUnit, w.Roads.Id, w.Water.Id);
        FigureScenario.AssertCategories(report.ByCategory, w.RoadsCategory.Id);
        Assert.Equal("2026年", Assert.Single(report.ByYear).Name);
        // Another year, and township two, have nothing.
        Assert.Equal(0, (await db.FiguresAsync(w.County.One.Id, 2025)).Total.Received);
        // Half a year later nothing moved: the same figures (D and E are still overdue).
        w.Clock.Today = new DateOnly(2026, 11, 26);
        FigureScenario.AssertTotals((await db.FiguresAsync(w.County.One.Id, 2026)).Total);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheLedgersFiguresSheetShowsTheSameNumbersAsTheFigures(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (w, _) = await ScenarioAsync(database);
        await using var db = w.Context(w.Secretary);

        var xlsx = await SuggestionLedger.ExportAsync(db, w.County.One.Id, 2026);

        var report = await db.FiguresAsync(w.County.One.Id, 2026);
        LedgerSheets.AssertFigures(xlsx, report);
        FigureScenario.AssertTotals(report.Total);
        var stats = LedgerSheets.Read(xlsx, SuggestionLedger.FiguresSheet);
        Assert.Equal(["85.7%", "6", "7"], stats.Single(r => r[0] == "答复率").Skip(1).Take(3));
        Assert.Equal(["1", "县水利局"], stats.SkipWhile(r => r[0] != "按主办单位").Skip(2).First().Take(2));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheLedgerHasOneRowPerItemWithEveryColumn(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (w, items) = await ScenarioAsync(database);
        await using var db = w.Context(w.Secretary);

        var xlsx = await SuggestionLedger.ExportAsync(db, w.County.One.Id, 2026);
        var rows = LedgerSheets.Ledger(xlsx);

        // Merged sources are not rows of their own: nine items, numbered 001–005, 009–012.
        Assert.Equal(["2026-001", "2026-002", "2026-003", "2026-004", "2026-005", "2026-009", "2026-010", "2026-011", "2026-012"],
            rows.Select(r => r[C.Number]));
        Assert.Equal(Enumerable.Range(1, 9).Select(i => i.ToString()), rows.Select(r => r[C.Row]));
        Assert.Equal(C.All, LedgerSheets.Read(xlsx, SuggestionLedger.LedgerSheet)[0]);

        // C: a key item with a co-unit, re-handled after 不满意 and then 满意.
        var c = rows[2];
        var names = w.Deputies.Take(3).Select(d => d.Name).ToList();
        var expected = new Dictionary<string, string>
        {
            [C.Row] = "3", [C.Number] = "2026-003", [C.Kind] = "建议", [C.Title] = "关于修建红星桥的建议",
            [C.LeadDeputy] = names[0], [C.CoSigners] = $"{names[1]}、{names[2]}", [C.Category] = "农村道路",
            [C.SubmittedOn] = "2026-01-05", [C.Occasion] = "闭会期间", [C.Source] = "代表提出", [C.State] = "已评价",
            [C.LeadUnit] = "一号镇村镇建设办公室", [C.CoUnits] = "县水利局", [C.AssignedOn] = "2026-01-05", [C.Deadline] = "2026-04-05",
            [C.Complex] = "否", [C.AnsweredOn] = "2026-02-02", [C.AnswerClass] = "A类", [C.OnTime] = "是",
            [C.Rehandling] = "是（2026-02-10重新交办，期限2026-03-10，2026-02-20再次答复）", [C.Satisfaction] = "满意",
            [C.KeyItem] = "是", [C.Supervisor] = "人大主席", [C.ClosedOn] = "", [C.Implementation] = "", [C.MergedSources] = "", [C.Remarks] = "",
        };
        Assert.Equal(expected.OrderBy(x => x.Key), c.OrderBy(x => x.Key));

        var byNumber = rows.ToDictionary(r => r[C.Number]);
        Assert.Equal(("已办结", "2026-02-20", "已落实", "否"), (byNumber["2026-001"][C.State], byNumber["2026-001"][C.ClosedOn], byNumber["2026-001"][C.Implementation], byNumber["2026-001"][C.Rehandling]));
        Assert.Equal("部分落实", byNumber["2026-002"][C.Implementation]);
        Assert.Equal(("否（逾期答复）", "2026-04-20"), (byNumber["2026-004"][C.OnTime], byNumber["2026-004"][C.AnsweredOn]));
        Assert.Equal(("否（逾期未答复）", ""), (byNumber["2026-005"][C.OnTime], byNumber["2026-005"][C.AnsweredOn]));
        Assert.Equal(("已提出", "", ""), (byNumber["2026-009"][C.State], byNumber["2026-009"][C.AssignedOn], byNumber["2026-009"][C.Complex]));
        var g = byNumber["2026-010"];
        Assert.Equal(("议案", "主席团", "不予立案", "不予立案：不属于本级人大职权范围"), (g[C.Kind], g[C.LeadDeputy], g[C.State], g[C.Remarks]));
        var h = byNumber["2026-011"];
        Assert.Equal(("县水利局", "2026-01-08", "2026-04-08", "C类", "是"), (h[C.LeadUnit], h[C.AssignedOn], h[C.Deadline], h[C.AnswerClass], h[C.OnTime]));
        Assert.Equal("一号镇村镇建设办公室于2026-01-07退回：属县水利局职责", h[C.Remarks]);
        var m = byNumber["2026-012"];
        Assert.Equal(("3件：2026-006、2026-007、2026-008", "关于整治农田水利沟渠的建议"), (m[C.MergedSources], m[C.Title]));
        Assert.Equal("2026-01-05", m[C.SubmittedOn]); // the day of the merge

        // The 是 of 是否按期答复 are the figure's on-time count.
        Assert.Equal(5, rows.Count(r => r[C.OnTime] == "是"));

        // No phone number anywhere: not the deputies', not the unit's.
        var everything = string.Join("|", LedgerSheets.Read(xlsx, SuggestionLedger.LedgerSheet).Concat(LedgerSheets.Read(xlsx, SuggestionLedger.FiguresSheet)).SelectMany(r => r));
        Assert.DoesNotContain("138", everything);
        Assert.DoesNotContain("13900001234", everything);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheLedgerOfEveryVisibleTownshipNamesTheTownshipAndHandlingUnitsGetNoLedgerOfATownship(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (w, _) = await ScenarioAsync(database);

        await using (var county = w.Context(TownshipScope.CountyViewer("county", Guid.NewGuid(), [w.County.One.Id, w.County.Two.Id], w.County.County.Id)))
        {
            var xlsx = await SuggestionLedger.ExportAsync(county, null, 2026);
            var rows = LedgerSheets.Ledger(xlsx);
            Assert.Equal(9, rows.Count);
            Assert.All(rows, r => Assert.Equal("一号镇", r[C.Township]));
            LedgerSheets.AssertFigures(xlsx, await county.FiguresAsync(null, 2026));
        }
        await using var unit = w.Context(w.WaterUnit);
        await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => SuggestionLedger.ExportAsync(unit, w.County.One.Id, 2026));
        // Its own items it may list: C (co-unit, renewed for the re-handling), H and M.
        var own = LedgerSheets.Ledger(await SuggestionLedger.ExportAsync(unit, null, 2026));
        Assert.Equal(["2026-003", "2026-011", "2026-012"], own.Select(r => r[C.Number]));
    }
}
