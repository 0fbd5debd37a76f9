using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Township.Congress.DeputyRecords;
using Township.Congress.Formatting;
using Township.Congress.Rules;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>town01 follows a deputy from the roster to the record and its PDF, orders the roster by points and reads the flags page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DeputyRecordTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Secretary_opens_a_profile_from_the_roster_downloads_its_pdf_sorts_by_points_and_sees_the_silent_deputies()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, "/roster");
        await Ui.CaptureOnFailureAsync(page, nameof(Secretary_opens_a_profile_from_the_roster_downloads_its_pdf_sorts_by_points_and_sees_the_silent_deputies), async () =>
        {
            await Expect(Ui.NameCells(page).First).ToBeVisibleAsync();
            var name = (await page.GetByTestId("roster-name").First.InnerTextAsync()).Trim();
            await page.GetByTestId("roster-name").First.ClickAsync();
            await page.WaitForURLAsync(new Regex("/deputies/[0-9a-f-]{36}$"));
            await Expect(page.GetByTestId("profile-name")).ToHaveTextAsync(name);
            await Expect(page.GetByTestId("record-summary")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("points-breakdown")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("points-line")).ToHaveCountAsync(Enum.GetValues<PointsKind>().Length);
            Assert.Matches(@"^\d+$", (await page.GetByTestId("points-total").InnerTextAsync()).Trim());
            await Expect(page.GetByTestId("record-calendar")).ToBeVisibleAsync();

            // The record as a PDF, downloaded from the profile page's own button: it names the deputy.
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("profile-pdf").ClickAsync());
            Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
            var saved = Path.Combine(BrowserFixture.ArtifactsDirectory, "deputy-record.pdf");
            await download.SaveAsAsync(saved);
            using (var pdf = UglyToad.PdfPig.PdfDocument.Open(saved))
            {
                Assert.Contains("履职档案", string.Concat(pdf.GetPages().Select(p => p.Text)));
                Assert.Contains(name, string.Concat(pdf.GetPages().Select(p => p.Text)));
            }

            await BrowserFixture.GotoInteractiveAsync(page, "/roster");
            await Expect(Ui.NameCells(page).First).ToBeVisibleAsync();
            await Ui.ChooseAsync(page.GetByTestId("roster-record-sort"), "按积分");
            await page.WaitForURLAsync(new Regex("record=Points"));
            await Expect(page.GetByTestId("roster-points").First).Not.ToBeEmptyAsync();
            var points = (await page.GetByTestId("roster-points").AllInnerTextsAsync()).Select(p => int.Parse(p.Trim())).ToList();
            Assert.Equal(points.OrderByDescending(p => p).ToList(), points);

            int silent;
            await using (var db = fixture.SystemDb())
            {
                var township = await db.Townships.SingleAsync(t => t.Number == 1);
                var year = ChineseDate.TodayInChina(TimeProvider.System).Year;
                silent = (await db.TownshipRecordsAsync(township.Id, year, null, CountyRules.Defaults))
                    .Count(r => r.Flags.Any(f => f.Kind == DeputyFlagKind.Silent));
            }
            Assert.True(silent > 0, "the demo county has silent deputies");
            await BrowserFixture.GotoInteractiveAsync(page, "/deputy-records/flags");
            await Expect(page.GetByTestId("record-row").First).ToBeVisibleAsync();
            await page.GetByTestId("flags-filter").ClickAsync();
            await Ui.PickAsync(page, "未提建议未发言");
            await Expect(page.GetByTestId("record-row")).ToHaveCountAsync(silent);
            await Expect(page.GetByTestId("flags-rules")).ToContainTextAsync("未在代表活动中发表意见");
        });
    }
}
