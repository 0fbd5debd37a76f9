using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;
using C = Township.Congress.Suggestions.SuggestionImport.Columns;

namespace Township.Congress.Tests.Suggestions;

public class SuggestionImportTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static Dictionary<string, object?> Row(string title, string lead = "张建国", string coSigners = "", string category = "农村道路",
        string source = "联系选民", object? date = null, string text = "群众反映的问题，请研究解决。", string note = "") => new()
    {
        [C.Title] = title, [C.Text] = text, [C.Category] = category, [C.LeadDeputy] = lead, [C.CoSigners] = coSigners,
        [C.Source] = source, [C.SourceNote] = note, [C.SubmittedOn] = date ?? "2026-02-20",
    };

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AGoodSheetBecomesNumberedItemsWithTheirDeputies(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SuggestionWorld.CreateAsync(database, Today);
        await w.CreateAsync(); // 2026-001 exists: the import numbers on

        await using var db = w.Context(w.Secretary);
        Dictionary<string, object?>[] rows =
        [
            Row("关于硬化新民村道路的建议", coSigners: "李秀英、王德明", note: "2月代表接待日"),
            Row("关于增设垃圾箱的建议", lead: "赵 春生", coSigners: "孙丽华，周海波", category: "", source: "", date: new DateTime(2026, 1, 15)),
            Row("关于改善学校食堂的建议", lead: "周海波", category: "教育", source: "代表活动", date: "2026年3月1日"),
        ];
        var result = await new SuggestionImport(db, WorkCalendar.WeekendsOnly).ImportAsync(w.County.One.Id, Sheets.Of(rows));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(3, result.Created);
        Assert.Equal(["2026-002", "2026-003", "2026-004"], result.Numbers);
        await using var check = w.Context(w.Secretary);
        var items = await check.Suggestions.Include(s => s.Signers).Where(s => s.Sequence > 1).OrderBy(s => s.Sequence).ToListAsync();
        Assert.Equal(
            [
                ("张建国", "李秀英、王德明", SuggestionSource.ConstituentContact, new DateOnly(2026, 2, 20), "2月代表接待日", "农村道路"),
                ("赵春生", "孙丽华、周海波", SuggestionSource.ConstituentContact, new DateOnly(2026, 1, 15), "", (string?)null),
                ("周海波", "", SuggestionSource.Activity, new DateOnly(2026, 3, 1), "", "教育"),
            ],
            items.Select(s => (s.LeadDeputyName, string.Join("、", s.Signers.Where(x => !x.IsLead).OrderBy(x => x.SortOrder).Select(x => x.DeputyName)),
                s.Source, s.SubmittedOn, s.SourceNote, s.CategoryId is { } c ? check.SuggestionCategories.Single(x => x.Id == c).Name : null)));
        Assert.All(items, s => Assert.Equal((SuggestionKind.Suggestion, SuggestionState.Submitted), (s.Kind, s.State)));
        // Recorded like items typed in: a timeline entry each.
        var ids = items.Select(s => s.Id).ToList();
        Assert.Equal(3, await check.Set<SuggestionEvent>().CountAsync(e => e.Action == SuggestionAction.Submit && ids.Contains(e.SuggestionId)));

        // The same sheet again: every row is already recorded, and nothing is doubled.
        await using var again = w.Context(w.Secretary);
        var twice = await new SuggestionImport(again, WorkCalendar.WeekendsOnly).ImportAsync(w.County.One.Id, Sheets.Of(rows));
        Assert.Equal([(2, C.Title), (3, C.Title), (4, C.Title)], twice.Errors.Select(e => (e.Row, e.Column)));
        Assert.Contains("与已登记的2026-002重复", twice.Errors[0].Reason);
        Assert.Equal(4, await check.Suggestions.CountAsync());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ThreeBadRowsAreAllReportedAndNothingIsWritten(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SuggestionWorld.CreateAsync(database, Today);
        await using var db = w.Context(w.Secretary);

        var result = await new SuggestionImport(db, WorkCalendar.WeekendsOnly).ImportAsync(w.County.One.Id, Sheets.Of(
            Row("关于一的建议"),
            Row("关于二的建议", lead: "钱多多"),
            Row("关于三的建议"),
            Row("关于四的建议", date: "2026-13-01"),
            Row(""),
            Row("关于六的建议")));

        Assert.False(result.Succeeded);
        Assert.Equal([(3, C.LeadDeputy), (5, C.SubmittedOn), (6, C.Title)], result.Errors.Select(e => (e.Row, e.Column)));
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Reason)));
        Assert.Equal(0, result.Created);
        await using var check = database.System();
        Assert.Equal(0, await check.Suggestions.CountAsync());
        Assert.Equal(0, await check.Set<SuggestionEvent>().CountAsync());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryKindOfBadRowIsNamedWithItsReason(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SuggestionWorld.CreateAsync(database, Today);
        await using (var system = database.System())
        {
            var term = await system.Terms.FirstAsync(t => t.TownshipId == w.County.One.Id);
            system.Deputies.Add(new Deputy { TownshipId = w.County.One.Id, TermId = term.Id, Name = "赵春生", StatusSince = new DateOnly(2022, 1, 5) });
            var resigned = await system.Deputies.SingleAsync(d => d.TownshipId == w.County.One.Id && d.Name == "王德明");
            resigned.Status = DeputyStatus.Resigned;
            resigned.StatusSince = new DateOnly(2026, 1, 1);
            await system.SaveChangesAsync();
        }
        await using var db = w.Context(w.Secretary);

        var result = await new SuggestionImport(db, WorkCalendar.WeekendsOnly).ImportAsync(w.County.One.Id, Sheets.Of(
            Row("关于一的建议", coSigners: "李秀英"),          // 2: good (张建国 is in township two too: no matter)
            Row("关于二的建议", coSigners: "李秀英、钱多多"),   // 3: unknown co-signer
            Row("关于三的建议", lead: "赵春生"),               // 4: two deputies of that name
            Row("关于四的建议", category: "水利工程"),          // 5: unknown category
            Row("关于五的建议", date: "昨天"),                 // 6: bad date
            Row("关于六的建议", date: "2026-03-03"),           // 7: future date
            Row(""),                                          // 8: no title
            Row("关于八的建议", text: ""),                     // 9: no text
            Row("关于一的建议", coSigners: "周海波"),           // 10: the same title and text as row 2
            Row("关于十的建议", source: "网上留言"),            // 11: unknown source
            Row("关于十一的建议", lead: "王德明")));             // 12: resigned before the date

        Assert.Equal(
            [(3, C.CoSigners), (4, C.LeadDeputy), (5, C.Category), (6, C.SubmittedOn), (7, C.SubmittedOn), (8, C.Title), (9, C.Text),
             (10, C.Title), (11, C.Source), (12, C.LeadDeputy)],
            result.Errors.Select(e => (e.Row, e.Column)));
        string[] reasons = ["没有名为“钱多多”的代表", "2名代表名叫“赵春生”", "分类“水利工程”不在本县的分类列表中", "日期“昨天”无法识别", "晚于今天",
            "请填写标题", "请填写内容", "与第2行重复", "来源“网上留言”应为", "王德明在提出日期已不在任"];
        Assert.All(result.Errors.Zip(reasons), x => Assert.Contains(x.Second, x.First.Reason));
        await using var check = database.System();
        Assert.Equal(0, await check.Suggestions.CountAsync());
    }

    [Fact]
    public void TheTemplateHasTheHeadersAndOneExampleRow()
    {
        using var stream = new MemoryStream(SuggestionImport.Template());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(C.All, Assert.Single(rows).Keys);
        Assert.Equal("联系选民", rows[0][C.Source]);
    }

    [Fact]
    public async Task AFileThatIsNoSpreadsheetIsOneClearError()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var w = await SuggestionWorld.CreateAsync(database, Today);
        await using var db = w.Context(w.Secretary);
        var result = await new SuggestionImport(db, WorkCalendar.WeekendsOnly).ImportAsync(w.County.One.Id, new MemoryStream("不是表格"u8.ToArray()));
        Assert.Contains("无法读取文件", Assert.Single(result.Errors).Reason);
    }
}
