using Microsoft.EntityFrameworkCore;
using Township.Congress.Sessions;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>The session page offers the minutes only for a held session, and records who presided and who kept the record.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SessionPrintsPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Minutes_of_a_planned_session_are_disabled_with_the_reason_and_the_recorder_is_saved()
    {
        Guid sessionId;
        await using (var db = fixture.SystemDb())
        {
            var six = await db.Townships.SingleAsync(t => t.Number == 6);
            var day = Township.Congress.Formatting.ChineseDate.TodayInChina(TimeProvider.System).AddDays(30);
            sessionId = (await new SessionService(db).CreateAsync(six.Id, new SessionInput { PlannedStart = day, PlannedEnd = day, Venue = "镇政府会议室" })).Id;
        }

        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town06");
        await BrowserFixture.GotoInteractiveAsync(page, $"/sessions/{sessionId}");
        await Ui.CaptureOnFailureAsync(page, nameof(Minutes_of_a_planned_session_are_disabled_with_the_reason_and_the_recorder_is_saved), async () =>
        {
            var minutes = page.GetByTestId("minutes-pdf");
            await Expect(minutes).ToBeDisabledAsync();
            await Expect(minutes).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("会议尚未举行"));
            // The sign-in sheet of the planned session is there, and not empty.
            var href = await page.GetByTestId("sign-in-sheet").GetAttributeAsync("href");
            var response = await page.APIRequest.GetAsync(href!);
            Assert.Equal(200, response.Status);
            using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.BodyAsync()))
                Assert.DoesNotContain("应到代表0名", string.Concat(pdf.GetPages().Select(p => p.Text)));

            await page.GetByTestId("edit-session").ClickAsync();
            await Ui.Input(Ui.Dialog(page), "session-recorded-by").FillAsync("刘海燕");
            await Ui.Input(Ui.Dialog(page), "session-presided-by").FillAsync("大会执行主席张建国");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "session-recorder.png"), FullPage = true });
            await Ui.Dialog(page).GetByTestId("session-save").ClickAsync();
            await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);

            await using var check = fixture.SystemDb();
            var saved = await check.Sessions.SingleAsync(s => s.Id == sessionId);
            Assert.Equal(("刘海燕", "大会执行主席张建国"), (saved.RecordedBy, saved.PresidedBy));
        });
        await page.Context.CloseAsync();
    }
}
