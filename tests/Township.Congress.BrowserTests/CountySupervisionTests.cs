using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Formatting;
using Township.Congress.Suggestions;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>县人大督办 from the county's overdue list, and the item's facts naming who supervised and when.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CountySupervisionTests(BrowserFixture fixture)
{
    [Fact]
    public async Task County_supervises_an_overdue_item_from_its_list_and_the_item_shows_it()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "county");
        await BrowserFixture.GotoInteractiveAsync(page, "/suggestions?quick=overdue&year=");
        await Ui.CaptureOnFailureAsync(page, nameof(County_supervises_an_overdue_item_from_its_list_and_the_item_shows_it), async () =>
        {
            var row = page.Locator("tr.suggestion-row").Filter(new() { Has = page.GetByTestId("county-supervise") }).First;
            var href = await row.GetByTestId("suggestion-link").GetAttributeAsync("href");
            var id = Guid.Parse(href!.Split('/').Last());
            int before;
            await using (var db = fixture.SystemDb())
                before = await db.Set<SuggestionEvent>().CountAsync(e => e.SuggestionId == id && e.Action == SuggestionAction.CountySupervise);

            // Cancelling the confirmation records nothing.
            await row.GetByTestId("county-supervise").ClickAsync();
            var dialog = Ui.Dialog(page);
            await Expect(dialog.GetByTestId("county-supervise-question")).ToContainTextAsync("确定督办");
            await dialog.GetByTestId("county-supervise-cancel").ClickAsync();
            await Expect(page.GetByTestId("county-supervise-dialog")).ToHaveCountAsync(0);
            Assert.Matches("/suggestions\\?quick=overdue", page.Url); // the button did not open the item too

            // Confirmed with the note as offered (the note may be reworded; it need not be typed).
            await row.GetByTestId("county-supervise").ClickAsync();
            dialog = Ui.Dialog(page);
            await Expect(Ui.Input(dialog, "county-supervise-note")).Not.ToHaveValueAsync("");
            await Ui.Input(dialog, "county-supervise-note").FillAsync("请于本月底前答复代表并报县人大代工委。");
            await dialog.GetByTestId("county-supervise-confirm").ClickAsync();
            await Expect(page.GetByTestId("county-supervise-dialog")).ToHaveCountAsync(0);
            await Expect(page.GetByText("乡镇已收到通知")).ToBeVisibleAsync();

            await using (var db = fixture.SystemDb())
            {
                var steps = await db.Set<SuggestionEvent>().Where(e => e.SuggestionId == id && e.Action == SuggestionAction.CountySupervise).ToListAsync();
                Assert.Equal(before + 1, steps.Count);
                Assert.Contains(steps, s => s.UserName == "county" && s.Comment == "请于本月底前答复代表并报县人大代工委。");
            }

            // The item's facts: 县人大督办：<who>，<date>.
            await row.GetByTestId("suggestion-link").ClickAsync();
            await page.WaitForURLAsync(new Regex($"/suggestions/{id}$"), new() { WaitUntil = WaitUntilState.Commit });
            var today = ChineseDate.Format(ChineseDate.TodayInChina(TimeProvider.System));
            await Expect(page.GetByTestId("fact-county-supervision").Last).ToContainTextAsync(new Regex($"县人大督办\\s*\\S*人大常委会\\S*，{Regex.Escape(today)}"));
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_secretary_sees_no_supervise_button_and_no_all_townships_ledger()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, "/suggestions?quick=overdue&year=");
        await Ui.CaptureOnFailureAsync(page, nameof(A_secretary_sees_no_supervise_button_and_no_all_townships_ledger), async () =>
        {
            await Expect(page.Locator("tr.suggestion-row").First).ToBeVisibleAsync();
            await Expect(page.GetByTestId("county-supervise")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("ledger-all-link")).ToHaveCountAsync(0);
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task County_downloads_one_ledger_of_all_its_townships()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "county");
        await BrowserFixture.GotoInteractiveAsync(page, "/suggestions");
        await Ui.CaptureOnFailureAsync(page, nameof(County_downloads_one_ledger_of_all_its_townships), async () =>
        {
            var year = ChineseDate.TodayInChina(TimeProvider.System).Year;
            var link = page.GetByTestId("ledger-all-link");
            await Expect(link).ToHaveAttributeAsync("href", $"/api/v1/suggestion-ledger.xlsx?year={year}");
            var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
            var path = Path.Combine(BrowserFixture.ArtifactsDirectory, "suggestion-ledger-all.xlsx");
            await download.SaveAsAsync(path);
            await using var sheet = File.OpenRead(path);
            var townships = MiniExcelLibs.MiniExcel.Query(sheet, useHeaderRow: true, sheetName: SuggestionLedger.LedgerSheet)
                .Cast<IDictionary<string, object?>>().Select(r => r[SuggestionLedger.Columns.Township]?.ToString()).Distinct().Count();
            Assert.True(townships > 1, $"{townships} township(s) in the county's ledger");
        });
        await page.Context.CloseAsync();
    }
}
