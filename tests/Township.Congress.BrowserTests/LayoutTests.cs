using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>On a 1366×768 laptop screen nothing a user acts on hides behind horizontal scroll.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture fixture)
{
    /// <summary>Each element matched is entirely inside the viewport, with the page and every container unscrolled.</summary>
    private static async Task ExpectInViewportAsync(IPage page, ILocator controls, string what)
    {
        var count = await controls.CountAsync();
        Assert.True(count > 0, $"no {what} on the page");
        for (var i = 0; i < count; i++)
        {
            var box = await controls.Nth(i).BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= 1366 && box.Width > 0,
                $"{what} #{i} spans x={box.X:0}…{box.X + box.Width:0}, outside the 1366 px viewport");
        }
    }

    [Fact]
    public async Task At_1366_px_the_roster_actions_are_on_screen()
    {
        var page = await fixture.NewPageAsync(1366, 768);
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, "/roster");
        await Ui.CaptureOnFailureAsync(page, nameof(At_1366_px_the_roster_actions_are_on_screen), async () =>
        {
            await Expect(Ui.NameCells(page).First).ToBeVisibleAsync();
            await ExpectInViewportAsync(page, page.GetByTestId("roster-actions").Locator("button"), "roster action button");
            await ExpectInViewportAsync(page, page.GetByTestId("add-deputy"), "add-deputy button");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "roster-1366.png") });
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task At_1366_px_the_suggestion_list_fits_without_horizontal_scroll()
    {
        var page = await fixture.NewPageAsync(1366, 768);
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, "/suggestions");
        await Ui.CaptureOnFailureAsync(page, nameof(At_1366_px_the_suggestion_list_fits_without_horizontal_scroll), async () =>
        {
            var table = page.GetByTestId("suggestions-table");
            await Expect(table.GetByTestId("suggestion-link").First).ToBeVisibleAsync();
            await ExpectInViewportAsync(page, table.GetByTestId("suggestion-link"), "item link");
            await ExpectInViewportAsync(page, page.GetByTestId("new-suggestion"), "new-suggestion button");
            await ExpectInViewportAsync(page, page.GetByTestId("merge-suggestions"), "merge button");
            // Every column, the last (the deputy's opinion) included, is on screen: the table does not scroll sideways.
            var overflow = await table.Locator(".mud-table-container").EvaluateAsync<int>("e => e.scrollWidth - e.clientWidth");
            var widths = await table.Locator("thead th").EvaluateAllAsync<string>(
                "ths => ths.map(th => th.innerText.trim() + '=' + Math.round(th.getBoundingClientRect().width)).join(', ')");
            Assert.True(overflow <= 1, $"the suggestion list scrolls sideways by {overflow} px at 1366 px; columns: {widths}");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "suggestions-1366.png") });
        });
        await page.Context.CloseAsync();
    }
}
