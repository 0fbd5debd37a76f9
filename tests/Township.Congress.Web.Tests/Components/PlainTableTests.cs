using System.Text.RegularExpressions;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using MudBlazor.Services;
using Township.Congress.Web.Components.Shared;

namespace Township.Congress.Web.Tests.Components;

/// <summary>
/// PlainTable stands in for MudTable on the roster and the suggestion list: the same markup for the table, its rows,
/// sort labels, empty state and pager (so the theme's CSS, the browser tests and the load driver see the same page),
/// and the same paging and sorting, from one component.
/// </summary>
public sealed partial class PlainTableTests : IAsyncDisposable
{
    private readonly BunitContext _ctx = new();

    public PlainTableTests()
    {
        _ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        _ctx.Services.AddMudServices();
    }

    public ValueTask DisposeAsync() => _ctx.DisposeAsync();

    public sealed record Row(int Id, string Name);

    private const string Info = "第 {first_item}–{last_item} 条，共 {all_items} 条";

    private static readonly RenderFragment<Row> Cells = r => b =>
    {
        b.OpenElement(0, "td");
        b.AddAttribute(1, "class", "mud-table-cell");
        b.AddAttribute(2, "data-label", "姓名");
        b.AddContent(3, r.Name);
        b.CloseElement();
    };

    private static readonly RenderFragment Empty = b => b.AddContent(0, "没有符合条件的代表");

    private static Func<TableState, CancellationToken, Task<TableData<Row>>> Data(int total, List<TableState>? seen = null) => (state, _) =>
    {
        seen?.Add(state);
        var rows = Enumerable.Range(state.Page * state.PageSize + 1, Math.Max(0, Math.Min(state.PageSize, total - state.Page * state.PageSize)))
            .Select(i => new Row(i, $"代表{i}")).ToList();
        return Task.FromResult(new TableData<Row> { Items = rows, TotalItems = total });
    };

    private static readonly PlainColumn[] Columns =
    [
        new("姓名", "Name", SortDirection.Ascending),
        new("出生日期", "BirthDate"),
        new("性别"),
        new("操作", Class: "actions-cell"),
    ];

    private IRenderedComponent<PlainTable<Row>> Plain(int total, List<TableState>? seen = null, EventCallback<Row>? click = null) =>
        _ctx.Render<PlainTable<Row>>(p =>
        {
            p.Add(t => t.ServerData, Data(total, seen)).Add(t => t.Columns, Columns).Add(t => t.RowTemplate, Cells)
                .Add(t => t.NoRecordsContent, Empty).Add(t => t.InfoFormat, Info).Add(t => t.Class, "roster-table").Add(t => t.TestId, "roster-table");
            if (click is { } c) p.Add(t => t.OnRowClick, c).Add(t => t.RowClass, "suggestion-row cursor-pointer");
        });

    private IRenderedComponent<MudTable<Row>> Mud(int total, bool rowClick) => _ctx.Render<MudTable<Row>>(p =>
    {
        p.Add(t => t.ServerData, Data(total)).Add(t => t.Dense, true).Add(t => t.Hover, true).Add(t => t.Striped, true).Add(t => t.RowsPerPage, 20)
            .Add(t => t.LoadingProgressColor, Color.Primary).Add(t => t.HorizontalScrollbar, true)
            .Add(t => t.Class, "roster-table").AddUnmatched("data-testid", "roster-table")
            .Add(t => t.HeaderContent, MudHeader).Add(t => t.RowTemplate, Cells).Add(t => t.NoRecordsContent, Empty)
            .Add(t => t.PagerContent, (RenderFragment)(b =>
            {
                b.OpenComponent<MudTablePager>(0);
                b.AddAttribute(1, "RowsPerPageString", "每页行数");
                b.AddAttribute(2, "InfoFormat", Info);
                b.AddAttribute(3, "PageSizeOptions", new[] { 20, 50, 100 });
                b.CloseComponent();
            }));
        if (rowClick) p.Add(t => t.OnRowClick, (TableRowClickEventArgs<Row> _) => { }).Add(t => t.RowClass, "suggestion-row cursor-pointer");
    });

    private static readonly RenderFragment MudHeader = b =>
    {
        static RenderFragment Sortable(string label, string text, SortDirection initial) => b =>
        {
            b.OpenComponent<MudTh>(0);
            b.AddAttribute(1, "ChildContent", (RenderFragment)(c =>
            {
                c.OpenComponent<MudTableSortLabel<Row>>(0);
                c.AddAttribute(1, "SortLabel", label);
                c.AddAttribute(2, "InitialDirection", initial);
                c.AddAttribute(3, "ChildContent", (RenderFragment)(d => d.AddContent(0, text)));
                c.CloseComponent();
            }));
            b.CloseComponent();
        };
        b.AddContent(0, Sortable("Name", "姓名", SortDirection.Ascending));
        b.AddContent(10, Sortable("BirthDate", "出生日期", SortDirection.None));
        b.OpenComponent<MudTh>(20);
        b.AddAttribute(21, "ChildContent", (RenderFragment)(d => d.AddContent(0, "性别")));
        b.CloseComponent();
        b.OpenComponent<MudTh>(30);
        b.AddAttribute(31, "Class", "actions-cell");
        b.AddAttribute(32, "ChildContent", (RenderFragment)(d => d.AddContent(0, "操作")));
        b.CloseComponent();
    };

    // What PlainTable adds on purpose: keyboard access to the sort labels and aria-sort on the sorted column; CSS isolation.
    private static string OwnAdditions(string markup) => Regex.Replace(markup, """ (tabindex="0"|role="button"|aria-sort="[a-z]+"|b-[a-z0-9]{10}(="")?)""", "");

    // What MudTable writes that nothing reads: generated element ids, an empty row style, aria-disabled on a row that cannot be.
    private static string MudNoise(string markup) =>
        Regex.Replace(markup, """ (id="mudtable_[^"]*"|style=""|aria-disabled="false")""", "").Replace("style=\" ;", "style=\"");

    [Theory]
    [InlineData(72, false)]
    [InlineData(3, true)]
    [InlineData(0, false)]
    public void TheTableRowsEmptyStateAndPagerButtonsAreMudTablesMarkup(int total, bool rowClick)
    {
        var mud = Mud(total, rowClick);
        mud.WaitForState(() => mud.Markup.Contains("mud-table-page-number-information"));
        var plain = Plain(total, click: rowClick ? EventCallback.Factory.Create<Row>(this, () => { }) : null);
        plain.WaitForAssertion(() => Assert.Contains($"共 {total} 条", plain.Markup));

        foreach (var part in new[] { ".mud-table-container", ".mud-table-pagination-actions", ".mud-table-page-number-information" })
        {
            OwnAdditions(plain.Find(part).OuterHtml).MarkupMatches(MudNoise(mud.Find(part).OuterHtml));
        }
        // The outer element: same classes and test id.
        Assert.Equal(mud.Find("div.mud-table").ClassList.OrderBy(c => c), plain.Find("div.mud-table").ClassList.OrderBy(c => c));
        Assert.Equal("roster-table", plain.Find("div.mud-table").GetAttribute("data-testid"));
        // The pager's toolbar, captions and rows-per-page field: the same elements and classes around a native select.
        foreach (var part in new[] { ".mud-table-pagination-toolbar", ".mud-table-pagination-display", ".mud-table-pagination-information",
                     ".mud-table-pagination-select .mud-input", ".mud-table-smalldevices-sortselect .mud-input" })
        {
            Assert.Equal(mud.Find(part).ClassList.OrderBy(c => c), plain.Find(part).ClassList.OrderBy(c => c));
        }
        Assert.Equal("20", plain.Find(".mud-table-pagination-select select").GetAttribute("value"));
        Assert.Equal(plain.Find(".mud-table-pagination-information").Id, plain.Find(".mud-table-pagination-select select").GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void ThePagerMovesThroughThePagesAndKeepsItsButtonsInRange()
    {
        var seen = new List<TableState>();
        var cut = Plain(72, seen);
        cut.WaitForAssertion(() => Assert.Contains("第 1–20 条，共 72 条", cut.Markup));
        Assert.True(cut.Find("button[aria-label='First page']").HasAttribute("disabled"));
        Assert.True(cut.Find("button[aria-label='Previous page']").HasAttribute("disabled"));
        Assert.Equal(20, cut.FindAll("tbody tr").Count);

        cut.Find("button[aria-label='Next page']").Click();
        cut.WaitForAssertion(() => Assert.Contains("第 21–40 条，共 72 条", cut.Markup));
        Assert.Equal("代表21", cut.Find("tbody td").TextContent);
        Assert.False(cut.Find("button[aria-label='Previous page']").HasAttribute("disabled"));

        cut.Find("button[aria-label='Last page']").Click();
        cut.WaitForAssertion(() => Assert.Contains("第 61–72 条，共 72 条", cut.Markup));
        Assert.Equal(12, cut.FindAll("tbody tr").Count);
        Assert.True(cut.Find("button[aria-label='Next page']").HasAttribute("disabled"));
        Assert.True(cut.Find("button[aria-label='Last page']").HasAttribute("disabled"));
        Assert.Equal(3, cut.Instance.CurrentPage);

        cut.Find("button[aria-label='Previous page']").Click();
        cut.WaitForAssertion(() => Assert.Contains("第 41–60 条，共 72 条", cut.Markup));
        cut.Find("button[aria-label='First page']").Click();
        cut.WaitForAssertion(() => Assert.Contains("第 1–20 条，共 72 条", cut.Markup));
        Assert.Equal([0, 1, 3, 2, 0], seen.Select(s => s.Page));
        Assert.All(seen, s => Assert.Equal(20, s.PageSize));
    }

    [Fact]
    public void TheRowsPerPageChoiceReadsAgainFromTheFirstPage()
    {
        var seen = new List<TableState>();
        var cut = Plain(72, seen);
        cut.WaitForAssertion(() => Assert.Equal(20, cut.FindAll("tbody tr").Count));
        cut.Find("button[aria-label='Next page']").Click();
        cut.WaitForAssertion(() => Assert.Contains("第 21–40 条", cut.Markup));

        cut.Find(".mud-table-pagination-select select").Change("50");
        cut.WaitForAssertion(() => Assert.Contains("第 1–50 条，共 72 条", cut.Markup));
        Assert.Equal(50, cut.FindAll("tbody tr").Count);
        Assert.Equal((0, 50), (seen[^1].Page, seen[^1].PageSize));
        Assert.Equal(["20", "50", "100"], cut.FindAll(".mud-table-pagination-select option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public void SortLabelsCycleAsMudTablesByClickOrKeyAndMarkTheSortedColumn()
    {
        var seen = new List<TableState>();
        var cut = Plain(72, seen);
        cut.WaitForAssertion(() => Assert.Single(seen));
        Assert.Equal(("Name", SortDirection.Ascending), (seen[0].SortLabel, seen[0].SortDirection));
        Assert.Equal("ascending", cut.FindAll("th")[0].GetAttribute("aria-sort"));
        Assert.Null(cut.FindAll("th")[1].GetAttribute("aria-sort"));

        cut.Find("button[aria-label='Next page']").Click();
        cut.WaitForAssertion(() => Assert.Equal(2, seen.Count));

        // Another column: ascending by it, from the first page.
        cut.FindAll(".mud-table-sort-label")[1].Click();
        cut.WaitForAssertion(() => Assert.Equal(3, seen.Count));
        Assert.Equal(("BirthDate", SortDirection.Ascending, 0), (seen[^1].SortLabel, seen[^1].SortDirection, seen[^1].Page));
        Assert.Null(cut.FindAll("th")[0].GetAttribute("aria-sort"));
        Assert.Contains("mud-direction-none", cut.FindAll(".mud-table-sort-label svg")[0].ClassName);
        Assert.Contains("mud-direction-asc", cut.FindAll(".mud-table-sort-label svg")[1].ClassName);

        // The keyboard: Enter and Space sort as a click does; other keys do nothing.
        cut.FindAll(".mud-table-sort-label")[1].KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });
        cut.WaitForAssertion(() => Assert.Equal(4, seen.Count));
        Assert.Equal(("BirthDate", SortDirection.Descending), (seen[^1].SortLabel, seen[^1].SortDirection));
        Assert.Equal("descending", cut.FindAll("th")[1].GetAttribute("aria-sort"));
        Assert.Contains("mud-direction-desc", cut.FindAll(".mud-table-sort-label svg")[1].ClassName);
        cut.FindAll(".mud-table-sort-label")[1].KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Tab" });
        Assert.Equal(4, seen.Count);

        cut.FindAll(".mud-table-sort-label")[1].KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = " " });
        cut.WaitForAssertion(() => Assert.Equal(5, seen.Count));
        Assert.Equal((null, SortDirection.None), (seen[^1].SortLabel, seen[^1].SortDirection));
        Assert.Empty(cut.FindAll("th[aria-sort]"));

        // The phone's sort choice names the sortable columns only.
        Assert.Equal(["", "Name", "BirthDate"], cut.FindAll(".mud-table-smalldevices-sortselect option").Select(o => o.GetAttribute("value")));
        cut.Find(".mud-table-smalldevices-sortselect select").Change("Name");
        cut.WaitForAssertion(() => Assert.Equal(6, seen.Count));
        Assert.Equal(("Name", SortDirection.Ascending), (seen[^1].SortLabel, seen[^1].SortDirection));
    }

    [Fact]
    public void WhileLoadingAProgressBarShowsAndOnlyTheLatestLoadIsShown()
    {
        var first = new TaskCompletionSource<TableData<Row>>();
        var calls = 0;
        var cut = _ctx.Render<PlainTable<Row>>(p => p
            .Add(t => t.ServerData, (TableState s, CancellationToken ct) => ++calls == 1 ? first.Task
                : Task.FromResult(new TableData<Row> { Items = [new Row(2, "后来的")], TotalItems = 1 }))
            .Add(t => t.Columns, Columns).Add(t => t.RowTemplate, Cells).Add(t => t.NoRecordsContent, Empty)
            .Add(t => t.LoadingContent, (RenderFragment)(b => b.AddContent(0, "加载中"))));

        Assert.NotNull(cut.Find(".mud-table-loading-progress"));
        Assert.Contains("加载中", cut.Find(".mud-table-empty-row").TextContent);

        cut.InvokeAsync(() => cut.Instance.ReloadServerData());
        cut.WaitForAssertion(() => Assert.Contains("后来的", cut.Markup));
        cut.InvokeAsync(() => first.SetResult(new TableData<Row> { Items = [new Row(1, "先前的")], TotalItems = 1 }));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-table-loading-progress")));
        Assert.DoesNotContain("先前的", cut.Markup);
        Assert.Contains("后来的", cut.Markup);
    }

    [Fact]
    public void EmptyResultShowsTheNoRecordsTextAndARowClickGivesItsItem()
    {
        var empty = Plain(0);
        empty.WaitForAssertion(() => Assert.Contains("没有符合条件的代表", empty.Find(".mud-table-empty-row").TextContent));
        Assert.Contains("第 0–0 条，共 0 条", empty.Markup);

        Row? clicked = null;
        var cut = Plain(3, click: EventCallback.Factory.Create<Row>(this, r => clicked = r));
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("tbody tr").Count));
        cut.FindAll("tbody tr")[1].Click();
        Assert.Equal(2, clicked?.Id);

        // Without a click callback a row has no handler (no round trip for a click on the roster's rows).
        var roster = Plain(3);
        roster.WaitForAssertion(() => Assert.Equal(3, roster.FindAll("tbody tr").Count));
        Assert.Throws<MissingEventHandlerException>(() => roster.FindAll("tbody tr")[0].Click());
    }

    [Fact]
    public void TheRostersCellStringIsWhatItsRazorCellsWrote()
    {
        var d = new Township.Congress.Deputies.DeputyListItem(Guid.NewGuid(), Guid.NewGuid(), "阿依古丽·买买提", Township.Congress.Deputies.Gender.Female, "维吾尔族",
            new DateOnly(1980, 5, 6), "中共党员", "大学", Township.Congress.Deputies.DeputyCategory.Farmer, Township.Congress.Deputies.DeputyLevels.Township | Township.Congress.Deputies.DeputyLevels.County,
            "龙泉村 & <东>", null, "138****5678", Township.Congress.Deputies.DeputyStatus.InOffice, new DateOnly(2021, 1, 1), 1);
        RenderFragment razor = b =>
        {
            void Cell(string label, RenderFragment content) { b.OpenElement(0, "td"); b.AddAttribute(1, "class", "mud-table-cell"); b.AddAttribute(2, "data-label", label); b.AddContent(3, content); b.CloseElement(); }
            void Text(string label, string? text) => Cell(label, c => c.AddContent(0, text));
            Cell("姓名", PlainMud.Link($"/deputies/{d.Id}", d.Name, testId: "roster-name"));
            Text("性别", Township.Congress.Deputies.DeputyLabels.Of(d.Gender));
            Text("民族", d.Ethnicity);
            Text("出生日期", Township.Congress.Formatting.ChineseDate.Format(d.BirthDate));
            Text("政治面貌", d.Affiliation);
            Text("代表结构", Township.Congress.Deputies.DeputyLabels.Of(d.Category));
            Text("层级", Township.Congress.Deputies.DeputyLabels.Levels(d.Levels));
            Text("村（单位）", d.Village);
            Text("代表小组", d.Group);
            Text("联系电话", d.Phone);
            Cell("状态", PlainMud.Chip(Township.Congress.Deputies.DeputyLabels.Of(d.Status), Color.Success));
        };
        RenderFragment Row(RenderFragment cells) => b => { b.OpenElement(0, "table"); b.OpenElement(1, "tbody"); b.OpenElement(2, "tr"); b.AddContent(3, cells); b.CloseElement(); b.CloseElement(); b.CloseElement(); };
        var expected = _ctx.Render(Row(razor)).Markup;
        var html = Township.Congress.Web.Features.Roster.RosterTable.RosterCellsHtml(d);
        var actual = _ctx.Render(Row(b => b.AddMarkupContent(0, html)));
        actual.MarkupMatches(expected);
        Assert.Equal(11, actual.FindAll("td").Count);
        Assert.Equal("龙泉村 & <东>", actual.Find("td[data-label='村（单位）']").TextContent);
    }

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(false, false, false)]
    [InlineData(true, false, true)]
    public void TheSuggestionListsCellStringIsWhatItsRazorCellsWrote(bool overdue, bool answered, bool roleColumn)
    {
        var item = new Township.Congress.Suggestions.SuggestionListItem(Guid.NewGuid(), Guid.NewGuid(), "城关镇", "2026-001", Township.Congress.Suggestions.SuggestionKind.Suggestion,
            "关于<修路>的建议", "张&三", answered ? "交通" : null, new DateOnly(2026, 3, 1), Township.Congress.Suggestions.SuggestionState.Submitted, answered ? 2 : 1,
            answered ? "县交通运输局" : null, overdue ? new DateOnly(2026, 6, 1) : null, null,
            answered ? Township.Congress.Suggestions.AnswerClass.A : null, answered ? Township.Congress.Suggestions.Satisfaction.BasicallySatisfied : null,
            false, overdue, 0, 1) { DaysOverdue = overdue ? 12 : null };
        bool? role = roleColumn && answered ? true : null;
        RenderFragment razor = b =>
        {
            void Cell(string label, string? cls, string? style, string? testId, RenderFragment content)
            {
                b.OpenElement(0, "td"); b.AddAttribute(1, "class", cls is null ? "mud-table-cell" : $"mud-table-cell {cls}"); b.AddAttribute(2, "data-label", label);
                if (style is not null) b.AddAttribute(3, "style", style);
                if (testId is not null) b.AddAttribute(4, "data-testid", testId);
                b.AddContent(5, content); b.CloseElement();
            }
            const string nowrap = "white-space:nowrap";
            Cell("领衔代表", null, nowrap, null, c => c.AddContent(0, item.LeadDeputyName));
            Cell("分类", null, nowrap, null, c => c.AddContent(0, item.CategoryName));
            Cell("状态", null, nowrap, null, Township.Congress.Web.Features.Suggestions.SuggestionStateChip.Render(item.State, item.Round));
            Cell("主办单位", "unit-cell", null, null, c => c.AddContent(0, item.LeadUnitName));
            if (roleColumn) Cell("本单位", null, null, null, c => c.AddContent(0, role is { } l ? (l ? "主办" : "协办") : ""));
            Cell("办理期限", "deadline-cell", null, null, c =>
            {
                if (item.Deadline is not { } d) return;
                c.OpenElement(0, "span"); c.AddAttribute(1, "class", item.IsOverdue ? "mud-error-text" : ""); c.AddAttribute(2, "data-overdue", item.IsOverdue ? "true" : "false");
                c.AddContent(3, Township.Congress.Formatting.ChineseDate.Format(d)); c.CloseElement();
                if (item.IsOverdue) c.AddContent(4, PlainMud.Chip("逾期", Color.Error, cssClass: "ml-1", testId: "overdue-chip"));
            });
            Cell("逾期天数", null, nowrap, "days-overdue", c => { if (item.DaysOverdue is { } n) c.AddContent(0, PlainMud.Text($"{n}天", Typo.body2, Color.Error)); });
            Cell("答复类别", null, null, null, c => c.AddContent(0, item.AnswerClass is { } a ? Township.Congress.Suggestions.SuggestionLabels.Short(a) : ""));
            Cell("代表意见", null, nowrap, null, c =>
            {
                if (item.LeadSatisfaction is { } s)
                    c.AddContent(0, PlainMud.Text(Township.Congress.Suggestions.SuggestionLabels.Of(s), Typo.body2, Township.Congress.Web.Features.Suggestions.SuggestionUi.SatisfactionColor(s)));
            });
        };
        RenderFragment Row(RenderFragment cells) => b => { b.OpenElement(0, "table"); b.OpenElement(1, "tbody"); b.OpenElement(2, "tr"); b.AddContent(3, cells); b.CloseElement(); b.CloseElement(); b.CloseElement(); };
        var html = Township.Congress.Web.Features.Suggestions.SuggestionTable.CellsHtml(item, roleColumn, role);
        var actual = _ctx.Render(Row(b => b.AddMarkupContent(0, html)));
        actual.MarkupMatches(_ctx.Render(Row(razor)).Markup);
        Assert.Equal(roleColumn ? 9 : 8, actual.FindAll("td").Count);
        Assert.Equal("张&三", actual.Find("td").TextContent);
    }
}
