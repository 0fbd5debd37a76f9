using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>Issue 11's appraisal point: town01 plans an appraisal of three units, types the counts and sees results and ranking.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AppraisalTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Secretary_enters_an_appraisal_of_three_units_from_counts_and_sees_the_ranking_and_results()
    {
        string[] units;
        await using (var db = fixture.SystemDb())
            units = await db.HandlingUnits.Where(u => u.TownshipId == null && u.IsActive).OrderBy(u => u.SortOrder).Select(u => u.Name).Take(3).ToArrayAsync();

        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, "/appraisals");
        await Ui.CaptureOnFailureAsync(page, nameof(Secretary_enters_an_appraisal_of_three_units_from_counts_and_sees_the_ranking_and_results), async () =>
        {
            await page.GetByTestId("appraisal-new").ClickAsync();
            var dialog = Ui.Dialog(page);
            await Ui.Input(dialog, "appraisal-title").FillAsync("浏览器测试站所评议");
            await dialog.GetByTestId("appraisal-save").ClickAsync();
            await page.WaitForURLAsync(new Regex("/appraisals/[0-9a-f-]{36}$"));
            await Expect(page.GetByTestId("appraisal-name")).ToHaveTextAsync("浏览器测试站所评议");
            await Expect(page.GetByTestId("subjects-empty")).ToBeVisibleAsync();

            foreach (var unit in units)
            {
                await page.GetByTestId("subject-unit").ClickAsync();
                await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(unit)}\\s*$") }).First.ClickAsync();
                await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
                await page.GetByTestId("subject-add").ClickAsync();
                await Expect(page.GetByTestId("count-row").Filter(new() { HasText = unit })).ToHaveCountAsync(1);
            }

            var rows = page.GetByTestId("count-row");
            await Expect(rows).ToHaveCountAsync(3);
            var counts = new[] { (8, 10, 12), (20, 5, 5), (20, 6, 4) };
            for (var i = 0; i < 3; i++)
            {
                await Ui.Input(rows.Nth(i), "count-satisfied").FillAsync(counts[i].Item1.ToString());
                await Ui.Input(rows.Nth(i), "count-basic").FillAsync(counts[i].Item2.ToString());
                await Ui.Input(rows.Nth(i), "count-unsatisfied").FillAsync(counts[i].Item3.ToString());
            }
            await page.GetByTestId("counts-save").ClickAsync();
            await Expect(page.GetByTestId("appraisal-state")).ToHaveTextAsync("进行中");

            // Ranked by the satisfied share, then by the combined share: 20/5/5 and 20/6/4 tie on the first, not on the second.
            var results = page.GetByTestId("result-row");
            await Expect(results).ToHaveCountAsync(3);
            await Expect(results.Nth(0).GetByTestId("result-name")).ToHaveTextAsync(units[2]);
            await Expect(results.Nth(1).GetByTestId("result-name")).ToHaveTextAsync(units[1]);
            await Expect(results.Nth(2).GetByTestId("result-name")).ToHaveTextAsync(units[0]);
            await Expect(page.GetByTestId("result-rank")).ToHaveTextAsync(["1", "2", "3"]);
            await Expect(page.GetByTestId("result-grade")).ToHaveTextAsync(["满意", "满意", "基本满意"]);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "appraisal-results.png"), FullPage = true });
        });
    }
}
