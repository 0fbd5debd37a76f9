using Microsoft.EntityFrameworkCore;
using Township.Congress.Deputies;
using Township.Congress.Suggestions;
using Township.Congress.VoterContact;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>
/// 代表接待日 as town01 records it: a visitor's matter made into a suggestion on the reception page; the item
/// is registered with the duty deputy as lead, and each page links to the other (issue 11, acceptance 2).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReceptionDayTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Secretary_makes_a_visitors_matter_into_a_suggestion_and_both_pages_link_to_each_other()
    {
        Guid receptionId;
        string deputyName;
        await using (var db = fixture.SystemDb())
        {
            var one = await db.Townships.SingleAsync(t => t.Number == 1);
            var station = await db.LiaisonStations.Where(s => s.TownshipId == one.Id).Select(s => s.Id).FirstAsync();
            var deputy = await db.Deputies.Where(d => d.TownshipId == one.Id && d.Status == DeputyStatus.InOffice).OrderBy(d => d.Id).FirstAsync();
            deputyName = deputy.Name;
            var yesterday = Township.Congress.Formatting.ChineseDate.TodayInChina(TimeProvider.System).AddDays(-1);
            var day = await new VoterContactService(db, WorkCalendar.WeekendsOnly).CreateReceptionAsync(one.Id, new ReceptionInput
            {
                StationId = station, Date = yesterday, NoticePostedOn = yesterday.AddDays(-4), DutyDeputyIds = [deputy.Id],
            });
            receptionId = day.Id;
        }

        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, $"/receptions/{receptionId}");
        await Ui.CaptureOnFailureAsync(page, nameof(Secretary_makes_a_visitors_matter_into_a_suggestion_and_both_pages_link_to_each_other), async () =>
        {
            await Expect(page.GetByTestId("visits-empty")).ToBeVisibleAsync();
            await page.GetByTestId("add-visit").ClickAsync();
            var dialog = Ui.Dialog(page);
            // Saved without a matter: the model's Chinese message beside the field, nothing stored.
            await dialog.GetByTestId("visit-save").ClickAsync();
            await Expect(dialog).ToContainTextAsync("请填写反映事项");
            await Ui.Input(dialog, "visit-name").FillAsync("陈大姐");
            await Ui.Input(dialog, "visit-phone").FillAsync("13922223333");
            await Ui.Input(dialog, "visit-matter").FillAsync("镇中学门口没有人行横道和减速带，学生上下学过马路很危险");
            await dialog.GetByText("转为建议").ClickAsync();
            await Ui.Input(dialog, "visit-suggestion-title").FillAsync("关于在镇中学门口设置人行横道和减速带的建议");
            await dialog.GetByTestId("visit-save").ClickAsync();
            await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);

            var row = page.GetByTestId("visit-row");
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row).ToContainTextAsync("转为建议");
            await Expect(row).ToContainTextAsync(deputyName);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "reception-day.png"), FullPage = true });

            await page.GetByTestId("visit-suggestion-link").ClickAsync();
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/suggestions/[0-9a-f-]{36}$"));
            await Expect(page.GetByText("关于在镇中学门口设置人行横道和减速带的建议").First).ToBeVisibleAsync();
            var source = page.GetByTestId("reception-source-link");
            await Expect(source).ToContainTextAsync("代表接待日");
            await Expect(page.GetByTestId("fact-lead")).ToContainTextAsync(deputyName);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "reception-suggestion.png"), FullPage = true });

            await source.ClickAsync();
            await page.WaitForURLAsync($"**/receptions/{receptionId}");
            await Expect(page.GetByTestId("visit-suggestion-link")).ToBeVisibleAsync();
        });
    }
}
