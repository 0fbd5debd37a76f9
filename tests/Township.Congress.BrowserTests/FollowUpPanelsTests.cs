using Microsoft.EntityFrameworkCore;
using Township.Congress.Appraisals;
using Township.Congress.Deputies;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>
/// The panels issue 11 left short: a deputy's 测评表 entered on the appraisal page (the counts are its sums).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FollowUpPanelsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Secretary_enters_one_deputys_score_sheet_and_the_counts_follow()
    {
        Guid appraisalId;
        string deputy;
        await using (var db = fixture.SystemDb())
        {
            var one = await db.Townships.SingleAsync(t => t.Number == 1);
            var units = await db.HandlingUnits.Where(u => u.TownshipId == null && u.IsActive).OrderBy(u => u.SortOrder).Select(u => u.Id).Take(2).ToListAsync();
            deputy = await db.Deputies.Where(d => d.TownshipId == one.Id && d.Status == DeputyStatus.InOffice).OrderBy(d => d.Name).Select(d => d.Name).FirstAsync();
            var today = Township.Congress.Formatting.ChineseDate.TodayInChina(TimeProvider.System);
            appraisalId = (await new AppraisalService(db).CreateAsync(one.Id, new AppraisalInput { Year = today.Year, Title = "浏览器测试逐份测评", StartsOn = today.AddDays(-10) },
                units.Select(u => new SubjectChange { Kind = AppraisalSubjectKind.Unit, UnitId = u }).ToList())).Id;
        }

        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, $"/appraisals/{appraisalId}");
        await Ui.CaptureOnFailureAsync(page, nameof(Secretary_enters_one_deputys_score_sheet_and_the_counts_follow), async () =>
        {
            await Expect(page.GetByTestId("sheets-empty")).ToBeVisibleAsync();
            // Without a deputy: the page says so, nothing is stored.
            await page.GetByTestId("sheet-save").ClickAsync();
            await Expect(page.GetByTestId("sheet-error")).ToContainTextAsync("请选择填表代表");

            await Ui.PickAsync(page, page.GetByTestId("sheet-deputy"), deputy);
            var marks = page.GetByTestId("sheet-mark-row");
            await marks.Nth(0).GetByText("基本满意", new() { Exact = true }).ClickAsync();
            await marks.Nth(1).GetByText("不满意", new() { Exact = true }).ClickAsync();
            await page.GetByTestId("sheet-save").ClickAsync();

            await Expect(page.GetByTestId("sheet-row")).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("sheet-row")).ToContainTextAsync(deputy);
            var counts = page.GetByTestId("count-row");
            await Expect(Ui.Input(counts.Nth(0), "count-basic")).ToHaveValueAsync("1");
            await Expect(Ui.Input(counts.Nth(1), "count-unsatisfied")).ToHaveValueAsync("1");
        });
        BrowserFixture.AssertNoCspViolations(page);
    }
}
