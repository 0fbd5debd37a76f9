using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>The reception-day list (year filter and search in the URL, empty state), planning with Chinese validation, and the targets page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReceptionListTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Secretary_filters_the_reception_days_is_told_what_a_plan_lacks_and_sees_the_deputies_below_target()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, "/receptions?year=2025");
        await Ui.CaptureOnFailureAsync(page, nameof(Secretary_filters_the_reception_days_is_told_what_a_plan_lacks_and_sees_the_deputies_below_target), async () =>
        {
            var rows = page.GetByTestId("reception-row");
            await Expect(rows.First).ToBeVisibleAsync();
            Assert.InRange(await rows.CountAsync(), 10, 12);
            await Expect(rows.First).ToContainTextAsync("2025年");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "receptions.png"), FullPage = true });

            await Ui.Input(page, "reception-search").FillAsync("没有这样的事项");
            await Expect(page.GetByTestId("receptions-empty")).ToBeVisibleAsync();
            Assert.Contains("year=2025", page.Url);
            Assert.Contains("q=", page.Url);

            // A plan without duty deputies: the model's Chinese message beside the field, the dialog stays open.
            await page.GetByTestId("plan-reception").ClickAsync();
            var dialog = Ui.Dialog(page);
            await dialog.GetByTestId("reception-save").ClickAsync();
            await Expect(dialog).ToContainTextAsync("请至少选择一名值班代表");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();

            await page.GetByTestId("nav-targets").ClickAsync();
            await page.WaitForURLAsync("**/voter-contacts/targets");
            await Expect(page.GetByTestId("targets-rule")).ToContainTextAsync("年度联系选民不少于10人次");
            await Expect(page.GetByTestId("target-row").First).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "contact-targets.png"), FullPage = true });
        });
    }
}
