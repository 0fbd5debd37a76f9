using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Formatting;
using Township.Congress.Scorecards;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>
/// Issue 13's scorecard: the county opens 乡镇人大工作考评, sorts by total (the order the model gives), reads the data behind a
/// criterion, scores 自身建设 by hand with an evidence file and sees the total follow, downloads the rollup; a township sees none of it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScorecardTests(BrowserFixture fixture)
{
    private static string Points(decimal p) => p.ToString("0.#", CultureInfo.InvariantCulture);

    private async Task<CountyScorecard> ModelScorecardAsync(int year)
    {
        await using var db = fixture.SystemDb();
        var county = await db.Counties.SingleAsync();
        return await db.ScorecardAsync(county.Id, year);
    }

    [Fact]
    public async Task County_sorts_by_total_reads_the_data_behind_a_criterion_scores_by_hand_with_evidence_and_downloads_the_rollup()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "county");
        await page.GetByTestId("county-dashboard-title").WaitForAsync();
        await page.GetByTestId("interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Ui.CaptureOnFailureAsync(page, nameof(County_sorts_by_total_reads_the_data_behind_a_criterion_scores_by_hand_with_evidence_and_downloads_the_rollup), async () =>
        {
            await page.GetByTestId("nav-scorecard").ClickAsync();
            await page.WaitForURLAsync(new Regex("/scorecard$"));
            var table = page.GetByTestId("scorecard-table");
            await Expect(table.Locator("tbody").GetByTestId("township-name")).ToHaveCountAsync(15);
            var found = await Axe.SeriousViolationsAsync(page);
            Assert.True(found.Count == 0, Axe.Describe(found));

            // Sorted by total, highest first: the same totals in the same order as the model's scorecard.
            var year = ChineseDate.TodayInChina(TimeProvider.System).Year;
            var model = await ModelScorecardAsync(year);
            await table.GetByTestId("sort-Total").ClickAsync();
            await table.GetByTestId("sort-Total").ClickAsync();
            var expected = model.Townships.OrderByDescending(t => t.Total).Select(t => Points(t.Total)).ToList();
            await Expect(table.Locator("tbody").GetByTestId("total")).ToHaveTextAsync(expected.ToArray());
            var top = model.Townships.Where(t => Points(t.Total) == expected[0]).Select(t => t.TownshipName).ToList();
            var name = await table.Locator("tbody").GetByTestId("township-name").First.InnerTextAsync();
            Assert.Contains(name, top);
            var township = model.Townships.Single(t => t.TownshipName == name);

            // The data behind 召开人代会 of that township, in words, as the model says it.
            var row = table.Locator("tbody tr").Filter(new() { Has = page.GetByTestId("township-name").GetByText(name, new() { Exact = true }) });
            await row.GetByTestId("score-detail-toggle").ClickAsync();
            var detail = page.GetByTestId("score-detail");
            var sessions = township.Criteria.Single(c => c.Criterion == ScorecardCriterion.Sessions);
            await Expect(detail.Locator("[data-criterion=Sessions]").GetByTestId("score-detail-data")).ToHaveTextAsync(sessions.Data);
            await Expect(row.GetByTestId("cell-Sessions")).ToHaveAttributeAsync("title", sessions.Data);

            // 自身建设 by hand: more than its most is refused in Chinese beside the field, then 8.5 is saved and the total follows.
            var self = detail.Locator("[data-criterion=SelfBuilding]");
            var before = township.Total;
            await self.GetByTestId("score-hand").ClickAsync();
            var dialog = Ui.Dialog(page);
            await Ui.Input(dialog, "hand-score-points").FillAsync("99");
            await Ui.Input(dialog, "hand-score-note").FillAsync("浏览器测试：制度健全，档案规范");
            await dialog.GetByTestId("hand-score-save").ClickAsync();
            await Expect(dialog).ToContainTextAsync("得分应在0到10分之间");
            await Ui.Input(dialog, "hand-score-points").FillAsync("8.5");
            await dialog.GetByTestId("hand-score-save").ClickAsync();
            await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
            await Expect(row.GetByTestId("total")).ToHaveTextAsync(Points(before + 8.5m));
            await Expect(row.GetByTestId("cell-SelfBuilding")).ToHaveTextAsync("8.5");
            await Expect(self.GetByTestId("score-detail-data")).ToContainTextAsync("浏览器测试：制度健全，档案规范");

            // The evidence: a small PDF, listed, and downloadable as it was uploaded.
            var pdf = "%PDF-1.4\n% 自身建设材料\n%%EOF\n"u8.ToArray();
            await self.Locator("input[type=file]").First.SetInputFilesAsync(new FilePayload { Name = "自身建设材料.pdf", MimeType = "application/pdf", Buffer = pdf });
            var link = self.GetByTestId("score-evidence-link");
            await Expect(link).ToHaveTextAsync("自身建设材料.pdf");
            var evidence = await page.Context.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!);
            Assert.Equal(200, evidence.Status);
            Assert.Equal(pdf, await evidence.BodyAsync());
            var after = (await ModelScorecardAsync(year)).Townships.Single(t => t.TownshipName == name);
            Assert.Equal(before + 8.5m, after.Total);
            Assert.Equal("自身建设材料.pdf", after.Criteria.Single(c => c.Criterion == ScorecardCriterion.SelfBuilding).Hand?.EvidenceName);

            // The county rollup of the year as .xlsx.
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("rollup-xlsx").ClickAsync());
            Assert.EndsWith(".xlsx", download.SuggestedFilename);
            var path = Path.Combine(BrowserFixture.ArtifactsDirectory, "county-rollup.xlsx");
            await download.SaveAsAsync(path);
            var bytes = await File.ReadAllBytesAsync(path);
            Assert.Equal("PK"u8.ToArray(), bytes[..2]);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "scorecard.png"), FullPage = true });
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_secretary_going_to_the_scorecard_sees_no_county_data()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, "/scorecard");
        await Ui.CaptureOnFailureAsync(page, nameof(A_secretary_going_to_the_scorecard_sees_no_county_data), async () =>
        {
            await Expect(page.GetByTestId("scorecard-county-only")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("scorecard-table")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("rollup-xlsx")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("nav-scorecard")).ToHaveCountAsync(0);
            var model = await ModelScorecardAsync(ChineseDate.TodayInChina(TimeProvider.System).Year);
            var others = model.Townships.Where(t => t.Number != 1).Select(t => t.TownshipName).ToList();
            var text = await page.Locator("main").InnerTextAsync();
            Assert.All(others, n => Assert.DoesNotContain(n, text));
            // The API says the same: not there.
            var api = await page.Context.APIRequest.GetAsync($"/api/v1/counties/{model.CountyId}/scorecard");
            Assert.Equal(404, api.Status);
        });
        await page.Context.CloseAsync();
    }
}
