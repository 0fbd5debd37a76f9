using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Formatting;
using Township.Congress.Security;
using Township.Congress.Suggestions;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>Duplicate hints and 并案 for the secretary; the county's view of every township and the figures.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SuggestionListTests(BrowserFixture fixture)
{
    private static Task PickAsync(IPage page, string text) =>
        page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(text)}\\s*$") }).First.ClickAsync();

    private async Task<string> LeadDeputyAsync(int skip)
    {
        await using var db = fixture.SystemDb();
        var one = await db.Townships.SingleAsync(t => t.Number == 1);
        var names = await db.Deputies.AsNoTracking().Where(d => d.TownshipId == one.Id && d.Status == DeputyStatus.InOffice)
            .Select(d => d.Name).ToListAsync();
        return names.Where(n => names.Count(o => o.Contains(n, StringComparison.Ordinal)) == 1).Order(StringComparer.Ordinal).Skip(skip).First();
    }

    private static async Task NewItemAsync(IPage page, string title, string text, string lead)
    {
        await page.GetByTestId("new-suggestion").ClickAsync();
        var dialog = Ui.Dialog(page);
        await Ui.Input(dialog, "suggestion-title").FillAsync(title);
        await Ui.Input(dialog, "suggestion-text").FillAsync(text);
        await Ui.Input(dialog, "lead-deputy").FillAsync(lead);
        await PickAsync(page, lead);
        await dialog.GetByTestId("suggestion-save").ClickAsync();
        await page.WaitForURLAsync(new Regex("/suggestions/[0-9a-f-]{36}$"));
    }

    [Fact]
    public async Task Secretary_is_warned_of_a_duplicate_and_merges_the_two()
    {
        var token = Random.Shared.Next(1000, 9999).ToString();
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, "/suggestions");
        await Ui.CaptureOnFailureAsync(page, nameof(Secretary_is_warned_of_a_duplicate_and_merges_the_two), async () =>
        {
            var text = $"{token}号路口没有红绿灯，学生上下学过马路危险，建议设置信号灯和减速带。";
            await NewItemAsync(page, $"关于在{token}号路口设置红绿灯的建议", text, await LeadDeputyAsync(0));
            var first = await page.GetByTestId("suggestion-number").InnerTextAsync();
            await BrowserFixture.GotoInteractiveAsync(page, "/suggestions");

            // The second one, typed by another deputy, looks like the first: the dialog says so.
            await page.GetByTestId("new-suggestion").ClickAsync();
            var dialog = Ui.Dialog(page);
            await Ui.Input(dialog, "suggestion-title").FillAsync($"关于{token}号路口增设红绿灯的建议");
            await Ui.Input(dialog, "suggestion-text").FillAsync(text);
            var hint = dialog.GetByTestId("similar-hints");
            await Expect(hint).ToContainTextAsync("可能重复：");
            await Expect(hint).ToContainTextAsync($"{first} 关于在{token}号路口设置红绿灯的建议");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "suggestion-duplicate-hint.png") });
            var lead = await LeadDeputyAsync(1);
            await Ui.Input(dialog, "lead-deputy").FillAsync(lead);
            await PickAsync(page, lead);
            await dialog.GetByTestId("suggestion-save").ClickAsync();
            await page.WaitForURLAsync(new Regex("/suggestions/[0-9a-f-]{36}$"));
            var second = await page.GetByTestId("suggestion-number").InnerTextAsync();

            // 并案: tick both in the list, merge under one title.
            await BrowserFixture.GotoInteractiveAsync(page, "/suggestions");
            await Ui.Input(page, "suggestion-search").FillAsync($"{token}号路口");
            var table = page.GetByTestId("suggestions-table");
            await Expect(table.GetByText("共 2 条")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("merge-suggestions")).ToBeDisabledAsync();
            var boxes = table.GetByTestId("select-row");
            await Expect(boxes).ToHaveCountAsync(2);
            for (var i = 0; i < 2; i++) await boxes.Nth(i).CheckAsync();
            Assert.Matches(@"/suggestions(\?[^/]*)?$", page.Url); // ticking a box does not open the row (the list keeps its filter in the query)
            await page.GetByTestId("merge-suggestions").ClickAsync();
            dialog = Ui.Dialog(page);
            await Expect(dialog).ToContainTextAsync(first);
            await Expect(dialog).ToContainTextAsync(second);
            await Ui.Input(dialog, "merge-title").FillAsync($"关于{token}号路口交通安全的建议");
            await dialog.GetByTestId("merge-save").ClickAsync();
            await page.WaitForURLAsync(new Regex("/suggestions/[0-9a-f-]{36}$"));
            await Expect(page.GetByTestId("suggestion-header").GetByTestId("state-chip")).ToHaveTextAsync("待交办");
            await Expect(page.GetByTestId("merged-source")).ToHaveCountAsync(2);
            await Expect(page.GetByTestId("timeline-item")).ToHaveCountAsync(2); // 提出 (generated) and 并案

            await page.GetByTestId("merged-source").First.Locator("a").ClickAsync();
            await Expect(page.GetByTestId("merged-into")).ToContainTextAsync($"关于{token}号路口交通安全的建议");
            await Expect(page.GetByTestId("suggestion-header").GetByTestId("state-chip")).ToHaveTextAsync("已并案");
            await Expect(page.GetByTestId("suggestion-actions").Locator("button")).ToHaveCountAsync(0);
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task County_viewer_sees_every_township_and_the_same_figures()
    {
        var year = ChineseDate.TodayInChina(TimeProvider.System).Year;
        int total;
        SuggestionFigures figures;
        await using (var db = fixture.SystemDb())
        {
            total = await db.Suggestions.CountAsync(s => s.Year == year && s.State != SuggestionState.Merged);
            figures = (await db.FiguresAsync(null, year)).Total;
        }
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "county");
        await BrowserFixture.GotoInteractiveAsync(page, "/suggestions");
        await Ui.CaptureOnFailureAsync(page, nameof(County_viewer_sees_every_township_and_the_same_figures), async () =>
        {
            var table = page.GetByTestId("suggestions-table");
            await Expect(table.GetByText($"共 {total} 条")).ToBeVisibleAsync();
            await Expect(table.Locator("th").Filter(new() { HasText = "乡镇" })).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("new-suggestion")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("ledger-link")).ToHaveCountAsync(0);

            // One township: only its rows, and its ledger.
            await Ui.ChooseAsync(page.GetByTestId("township-filter"), "城关镇");
            await Expect(table.Locator("tr.suggestion-row td[data-label='乡镇']").Filter(new() { HasNotText = "城关镇" })).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("ledger-link")).ToHaveCountAsync(1);

            // 逾期未答复: every row shows its deadline in red.
            int overdueTotal;
            await using (var db = fixture.SystemDb())
            {
                var township = await db.Townships.Where(t => t.Number == 1).Select(t => t.Id).SingleAsync();
                overdueTotal = await SuggestionQueries.Filter(db, new SuggestionSearch { TownshipId = township, Year = year, Overdue = true },
                    ChineseDate.TodayInChina(TimeProvider.System)).CountAsync();
            }
            await Expect(page.GetByTestId("quick-overdue")).ToContainTextAsync($"逾期未答复（{overdueTotal}）");
            await page.GetByTestId("quick-overdue").ClickAsync();
            await Expect(table.GetByText($"共 {overdueTotal} 条")).ToBeVisibleAsync();
            var overdue = table.Locator("tr.suggestion-row");
            var count = await overdue.CountAsync();
            for (var i = 0; i < count; i++)
                await Expect(overdue.Nth(i).Locator("[data-overdue]")).ToHaveAttributeAsync("data-overdue", "true");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "suggestions-county.png") });

            await BrowserFixture.GotoInteractiveAsync(page, "/suggestions/figures");
            await Expect(page.GetByTestId("figure-received").GetByTestId("figure-value")).ToHaveTextAsync(figures.Received.ToString());
            await Expect(page.GetByTestId("figure-overdue").GetByTestId("figure-value")).ToHaveTextAsync(figures.Overdue.ToString());
            await Expect(page.GetByTestId("rate-answer").GetByTestId("rate-text")).ToHaveTextAsync(figures.AnswerRate.Text);
            await Expect(page.GetByTestId("rate-satisfaction").GetByTestId("rate-text")).ToHaveTextAsync(figures.SatisfactionRate.Text);
            await Expect(page.GetByTestId("figures-by-unit").Locator("tbody tr").First.Locator("td").First).ToHaveTextAsync("1");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "suggestion-figures.png"), FullPage = true });
        });
        await page.Context.CloseAsync();
    }
}
