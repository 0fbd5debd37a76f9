using System.Text.RegularExpressions;
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
}
