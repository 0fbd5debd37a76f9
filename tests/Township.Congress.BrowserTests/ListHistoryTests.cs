using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>One history entry per navigation; a list's filters live in its URL and survive back and the back arrow.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ListHistoryTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Back_once_after_opening_an_item_returns_to_the_filtered_list()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, "/suggestions");
        await Ui.CaptureOnFailureAsync(page, nameof(Back_once_after_opening_an_item_returns_to_the_filtered_list), async () =>
        {
            var table = page.GetByTestId("suggestions-table");
            await Expect(table.GetByTestId("suggestion-link").First).ToBeVisibleAsync();
            await page.GetByTestId("quick-overdue").ClickAsync();
            await page.WaitForURLAsync(new Regex(@"/suggestions\?quick=overdue$"));
            var overdue = Regex.Match(await page.GetByTestId("quick-overdue").InnerTextAsync(), @"\d+").Value;
            var total = $"共 {overdue} 条";
            await Expect(table.GetByText(total)).ToBeVisibleAsync();
            var list = page.Url;

            // The title link: the link and the row's click handler used to push two entries.
            await table.GetByTestId("suggestion-link").First.ClickAsync();
            await page.WaitForURLAsync(new Regex("/suggestions/[0-9a-f-]{36}$"));
            await Expect(page.GetByTestId("suggestion-header")).ToBeVisibleAsync();
            await page.GoBackAsync();
            await page.WaitForURLAsync(list);
            await Expect(page.GetByTestId("quick-overdue")).ToHaveAttributeAsync("aria-pressed", "true");
            await Expect(table.GetByText(total)).ToBeVisibleAsync();

            // A click elsewhere on the row opens the item too, with one entry.
            await table.Locator("tr.suggestion-row td[data-label='编号']").First.ClickAsync();
            await page.WaitForURLAsync(new Regex("/suggestions/[0-9a-f-]{36}$"));
            await Expect(page.GetByTestId("suggestion-header")).ToBeVisibleAsync();
            await page.GoBackAsync();
            await page.WaitForURLAsync(list);
            await Expect(table.GetByText(total)).ToBeVisibleAsync();

            // The in-app back arrow returns to the list as it was left.
            await table.GetByTestId("suggestion-link").First.ClickAsync();
            await page.WaitForURLAsync(new Regex("/suggestions/[0-9a-f-]{36}$"));
            await page.GetByTestId("suggestion-header").Locator("a[aria-label='返回议案建议列表']").ClickAsync();
            await page.WaitForURLAsync(list);
            await Expect(page.GetByTestId("quick-overdue")).ToHaveAttributeAsync("aria-pressed", "true");
            await Expect(table.GetByText(total)).ToBeVisibleAsync();

            // A reload keeps the filter too: it is in the URL.
            await page.ReloadAsync();
            await page.GetByTestId("interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await Expect(page.GetByTestId("quick-overdue")).ToHaveAttributeAsync("aria-pressed", "true");
            await Expect(table.GetByText(total)).ToBeVisibleAsync();
        });
        await page.Context.CloseAsync();
    }

    private async Task<(Guid Id, string Name)> TownshipAsync(int number)
    {
        await using var db = fixture.SystemDb();
        var t = await db.Townships.SingleAsync(x => x.Number == number);
        return (t.Id, t.Name);
    }

    private static Task PickAsync(IPage page, string text) =>
        page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(text)}\\s*$") }).First.ClickAsync();

    [Fact]
    public async Task Roster_keeps_township_sort_and_page_in_its_url_through_a_reload_with_one_history_entry()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "county");
        await BrowserFixture.GotoInteractiveAsync(page, "/");
        var home = page.Url;
        await Ui.CaptureOnFailureAsync(page, nameof(Roster_keeps_township_sort_and_page_in_its_url_through_a_reload_with_one_history_entry), async () =>
        {
            var (two, twoName) = await TownshipAsync(2);
            await page.Locator("a[href='/roster']").First.ClickAsync();
            await page.WaitForURLAsync(new Regex(@"/roster\?township=[0-9a-f-]{36}$"));
            await Expect(Ui.NameCells(page).First).ToBeVisibleAsync();

            await page.GetByTestId("township-select").ClickAsync();
            await PickAsync(page, twoName);
            await page.WaitForURLAsync(new Regex($"/roster\\?township={two}$"));
            await Ui.ChooseAsync(page.GetByTestId("roster-sort"), "按姓氏笔画");
            await page.WaitForURLAsync(new Regex($"/roster\\?township={two}&sort=Strokes$"));
            await Expect(Ui.PagerInfo(page)).ToContainTextAsync("第 1–20 条");
            await page.GetByTestId("roster-table").Locator(".mud-table-pagination-actions button").Nth(2).ClickAsync();
            await page.WaitForURLAsync(new Regex($"/roster\\?township={two}&sort=Strokes&page=2$"));
            await Expect(Ui.PagerInfo(page)).ToContainTextAsync("第 21–40 条");
            var first = await Ui.NameCells(page).First.InnerTextAsync();

            // A reload shows the same township, order and page: they are in the URL.
            await page.ReloadAsync();
            await page.GetByTestId("interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await Expect(Ui.PagerInfo(page)).ToContainTextAsync("第 21–40 条");
            await Expect(Ui.NameCells(page).First).ToHaveTextAsync(first);
            await Expect(page.GetByTestId("township-select")).ToContainTextAsync(twoName);
            Assert.EndsWith($"township={two}&sort=Strokes&page=2", page.Url, StringComparison.Ordinal);

            // The filters replaced the roster's entry: one back leaves the roster.
            await page.GoBackAsync();
            await page.WaitForURLAsync(home);
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Sessions_list_keeps_township_and_year_through_back_the_back_arrow_and_a_reload()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "county");
        await BrowserFixture.GotoInteractiveAsync(page, "/");
        var home = page.Url;
        await Ui.CaptureOnFailureAsync(page, nameof(Sessions_list_keeps_township_and_year_through_back_the_back_arrow_and_a_reload), async () =>
        {
            var (two, twoName) = await TownshipAsync(2);
            var year = Township.Congress.Formatting.ChineseDate.TodayInChina(TimeProvider.System).Year - 1;
            await page.Locator("a[href='/sessions']").First.ClickAsync();
            await page.WaitForURLAsync(new Regex(@"/sessions\?township=[0-9a-f-]{36}$"));
            await page.GetByTestId("township-select").ClickAsync();
            await PickAsync(page, twoName);
            await page.WaitForURLAsync(new Regex($"/sessions\\?township={two}$"));
            await page.GetByTestId("year-select").ClickAsync();
            await PickAsync(page, $"{year}年");
            var list = new Regex($"/sessions\\?township={two}&year={year}$");
            await page.WaitForURLAsync(list);
            var rows = page.GetByTestId("session-row");
            await Expect(rows.First).ToBeVisibleAsync();
            var count = await rows.CountAsync();
            var firstName = await rows.First.Locator("a").InnerTextAsync();

            // Back once from a session returns to the list as it was.
            await rows.First.Locator("a").ClickAsync();
            await page.WaitForURLAsync(new Regex("/sessions/[0-9a-f-]{36}$"));
            await page.GoBackAsync();
            await page.WaitForURLAsync(list);
            await Expect(rows).ToHaveCountAsync(count);
            await Expect(rows.First.Locator("a")).ToHaveTextAsync(firstName);

            // So does the in-app back arrow.
            await rows.First.Locator("a").ClickAsync();
            await page.WaitForURLAsync(new Regex("/sessions/[0-9a-f-]{36}$"));
            await page.Locator("a[aria-label='返回会议列表']").ClickAsync();
            await page.WaitForURLAsync(list);
            await Expect(rows.First.Locator("a")).ToHaveTextAsync(firstName);

            // And a reload.
            await page.ReloadAsync();
            await page.GetByTestId("interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await Expect(page.GetByTestId("year-select")).ToContainTextAsync($"{year}年");
            await Expect(rows).ToHaveCountAsync(count);
            await Expect(rows.First.Locator("a")).ToHaveTextAsync(firstName);
        });
        await page.Context.CloseAsync();
    }
}
