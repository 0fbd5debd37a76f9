using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Formatting;
using Township.Congress.Sessions;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>Opening a session (early, or with deputies not called) and a presidium meeting's 列席 and 记录人, on the pages.</summary>
public sealed partial class SessionRulePagesTests
{
    [Fact]
    public async Task Opening_before_the_planned_date_asks_and_keeps_planned_and_actual_dates_apart()
    {
        var planned = SessionSetup.Today.AddDays(7);
        var id = await SessionSetup.PlannedAsync(Fixture, start: planned);
        var page = await SessionPageAsync(id);
        await Ui.CaptureOnFailureAsync(page, nameof(Opening_before_the_planned_date_asks_and_keeps_planned_and_actual_dates_apart), async () =>
        {
            await page.GetByTestId("open-session").ClickAsync();
            var dialog = Ui.Dialog(page);
            await Expect(dialog.GetByTestId("open-early")).ToContainTextAsync(ChineseDate.Format(planned));
            await dialog.GetByTestId("open-confirm").ClickAsync();
            await Expect(dialog.GetByTestId("open-error")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("session-status")).ToHaveTextAsync("筹备中");

            await dialog.GetByTestId("open-early-confirm").ClickAsync();
            await dialog.GetByTestId("open-confirm").ClickAsync();
            await Expect(page.GetByTestId("session-status")).ToHaveTextAsync("会议中");
            await Expect(page.GetByTestId("session-dates")).ToContainTextAsync("计划");
            await Expect(page.GetByTestId("session-dates")).ToContainTextAsync("实际");

            await using var db = Fixture.SystemDb();
            var session = await db.Sessions.SingleAsync(s => s.Id == id);
            Assert.Equal((planned, planned.AddDays(1), SessionSetup.Today), (session.PlannedStart, session.PlannedEnd, session.ActualStart!.Value));
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Opening_with_deputies_not_called_needs_them_confirmed_absent()
    {
        var id = await SessionSetup.PlannedAsync(Fixture, leaveUnmarked: 3);
        var page = await SessionPageAsync(id);
        await Ui.CaptureOnFailureAsync(page, nameof(Opening_with_deputies_not_called_needs_them_confirmed_absent), async () =>
        {
            await page.GetByTestId("open-session").ClickAsync();
            var dialog = Ui.Dialog(page);
            await Expect(dialog.GetByTestId("open-unmarked")).ToContainTextAsync("3");
            await dialog.GetByTestId("open-confirm").ClickAsync();
            await Expect(dialog.GetByTestId("open-error")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("session-status")).ToHaveTextAsync("筹备中");

            await dialog.GetByTestId("open-unmarked-absent").ClickAsync();
            await dialog.GetByTestId("open-confirm").ClickAsync();
            await Expect(page.GetByTestId("session-status")).ToHaveTextAsync("会议中");

            // Attendance adds up: every deputy on the roll ends present, on leave or absent.
            await using var db = Fixture.SystemDb();
            var roll = await db.Set<SessionAttendance>().Where(a => a.SessionId == id).ToListAsync();
            Assert.Equal(3, roll.Count(a => a.Status == AttendanceStatus.Absent));
            Assert.DoesNotContain(roll, a => a.Status == AttendanceStatus.Unmarked);
            await Expect(page.GetByTestId("quorum-text").First).ToContainTextAsync($"出席 {roll.Count - 3} / 应到 {roll.Count}");
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_presidium_meeting_records_who_attended_without_a_vote_and_who_took_the_minutes()
    {
        var page = await Fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, "/sessions");
        await Ui.CaptureOnFailureAsync(page, nameof(A_presidium_meeting_records_who_attended_without_a_vote_and_who_took_the_minutes), async () =>
        {
            await page.GetByTestId("new-meeting").ClickAsync();
            var dialog = Ui.Dialog(page);
            await Ui.Input(dialog, "meeting-place").FillAsync("镇人大主席团办公室");
            await Ui.Input(dialog, "meeting-presided").FillAsync("张主席");
            await Ui.Input(dialog, "meeting-attendees").FillAsync("张主席、李副主席、王委员");
            await Ui.Input(dialog, "meeting-nonvoting").FillAsync("镇党委副书记刘洋");
            await Ui.Input(dialog, "meeting-recorded-by").FillAsync("周丽");
            await Ui.Input(dialog, "meeting-topics").FillAsync("研究代表小组活动计划");
            await dialog.GetByTestId("meeting-save").ClickAsync();
            await page.WaitForURLAsync(new Regex("/presidium-meetings/[0-9a-f-]{36}$"));
            await Expect(page.GetByTestId("meeting-nonvoting-view")).ToHaveTextAsync("镇党委副书记刘洋");
            await Expect(page.GetByTestId("meeting-recorded-by-view")).ToHaveTextAsync("周丽");
            await Axe.AssertNoSeriousViolationsAsync(page, "a presidium meeting");

            var response = await page.APIRequest.GetAsync((await page.GetByTestId("meeting-minutes-pdf").GetAttributeAsync("href"))!);
            Assert.Equal(200, response.Status);
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.BodyAsync());
            var text = string.Concat(pdf.GetPages().Select(p => p.Text));
            Assert.Contains("列席人员：镇党委副书记刘洋", text);
            Assert.Contains("记录人：周丽", text);
        });
        await page.Context.CloseAsync();
    }
}
