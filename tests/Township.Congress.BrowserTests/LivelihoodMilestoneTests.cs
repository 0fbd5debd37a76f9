using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>Issue 11: town01 opens a livelihood project from the list, marks an overdue milestone done with its actual date and sees the progress rise.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LivelihoodMilestoneTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Secretary_marks_a_milestone_done_and_sees_the_progress_change()
    {
        string name;
        await using (var db = fixture.SystemDb())
        {
            var one = await db.Townships.SingleAsync(t => t.Number == 1);
            var today = Township.Congress.Formatting.ChineseDate.TodayInChina(TimeProvider.System);
            // A 2026 project of township 1 with a milestone past its date and not done (the demo data leaves one or two).
            name = await db.LivelihoodProjects.Where(p => p.TownshipId == one.Id && p.Year == 2026
                    && p.Milestones.Any(m => m.DoneOn == null && m.PlannedOn < today))
                .OrderBy(p => p.Name).Select(p => p.Name).FirstAsync();
        }

        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, "/livelihood-projects?year=2026");
        await Ui.CaptureOnFailureAsync(page, nameof(Secretary_marks_a_milestone_done_and_sees_the_progress_change), async () =>
        {
            await Expect(page.GetByTestId("lp-table")).ToBeVisibleAsync();
            await page.GetByTestId("lp-row").GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/livelihood-projects/[0-9a-f-]{36}$"));
            await Expect(page.GetByTestId("lp-name")).ToHaveTextAsync(name);
            var before = await page.GetByTestId("lp-progress").InnerTextAsync();

            var overdue = page.Locator("[data-testid=ms-row][data-overdue=true]").First;
            await overdue.GetByTestId("ms-mark-done").ClickAsync();
            var dialog = Ui.Dialog(page);
            await Expect(Ui.Input(dialog, "ms-done")).Not.ToHaveValueAsync("");
            await dialog.GetByTestId("ms-save").ClickAsync();
            await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);

            await Expect(page.GetByTestId("lp-progress")).Not.ToHaveTextAsync(before);
            var after = decimal.Parse((await page.GetByTestId("lp-progress").InnerTextAsync()).TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(after > decimal.Parse(before.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture), $"{before} → {after}");
        });
        BrowserFixture.AssertNoCspViolations(page);
    }
}
