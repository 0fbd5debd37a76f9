using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>The county's rule settings: the administrator changes a threshold; a secretary reads it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RuleSettingsPageTests(BrowserFixture fixture)
{
    private const string Key = "activities.group-held-per-year";

    [Fact]
    public async Task Administrator_changes_a_threshold_and_a_secretary_reads_it()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "admin");
        await BrowserFixture.GotoInteractiveAsync(page, "/settings/rules");
        await Ui.CaptureOnFailureAsync(page, nameof(Administrator_changes_a_threshold_and_a_secretary_reads_it), async () =>
        {
            var row = page.Locator($"[data-testid=rule-row][data-key='{Key}']");
            await Expect(row).ToContainTextAsync("代表小组每年至少开展活动");
            var input = row.Locator("input");
            await input.FillAsync("3");
            await input.PressAsync("Tab");
            await row.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "保存" }).ClickAsync();
            await Expect(row).ToContainTextAsync("已调整");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "rules.png"), FullPage = true });
            await using (var db = fixture.SystemDb())
                Assert.Equal(3m, (await db.CountySettings.SingleAsync(s => s.Key == Key)).Value);

            var secretary = await fixture.NewPageAsync();
            await BrowserFixture.LoginAsync(secretary, "town01");
            await BrowserFixture.GotoInteractiveAsync(secretary, "/settings/rules");
            var read = secretary.Locator($"[data-testid=rule-row][data-key='{Key}']");
            await Expect(read).ToContainTextAsync("3次");
            await Expect(read.Locator("input")).ToHaveCountAsync(0);

            // Back to the default (with its confirmation), so other tests see the shipped rule.
            await row.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "恢复默认" }).ClickAsync();
            await Ui.Dialog(page).GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "恢复默认" }).ClickAsync();
            await Expect(row).Not.ToContainTextAsync("已调整");
            await using (var db = fixture.SystemDb())
                Assert.False(await db.CountySettings.AnyAsync(s => s.Key == Key));
        });
    }
}
