using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Deputies;
using Township.Congress.Formatting;
using Township.Congress.PresidiumMeetings;
using Township.Congress.Sessions;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>A session day as town01 (城关镇) runs it: roll call by mouse and keyboard, opening, a vote, an election, closing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SessionDayTests(BrowserFixture fixture)
{
    private static string Shot(string name) => Path.Combine(BrowserFixture.ArtifactsDirectory, name);

    private static ILocator Tab(IPage page, string text) => Ui.Tab(page, text);

    /// <summary>Township 1's deputies who will be on the roll of a session held today.</summary>
    private async Task<int> InOfficeTodayAsync()
    {
        await using var db = fixture.SystemDb();
        var township = await db.Townships.SingleAsync(t => t.Number == 1);
        var today = ChineseDate.TodayInChina(TimeProvider.System);
        var deputies = await db.Deputies.AsNoTracking().Include(d => d.StatusHistory)
            .Where(d => d.TownshipId == township.Id && (d.Levels & DeputyLevels.Township) != 0).ToListAsync();
        return deputies.Count(d => TermOfOffice.InOfficeOn(d, d.StatusHistory, today));
    }

    [Fact]
    public async Task Secretary_runs_a_session_day_from_roll_call_to_closing()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, "/sessions");
        await Ui.CaptureOnFailureAsync(page, nameof(Secretary_runs_a_session_day_from_roll_call_to_closing), async () =>
        {
            // 新建会议: today and tomorrow by default; the venue is the one thing to type.
            await page.GetByTestId("new-session").ClickAsync();
            var dialog = Ui.Dialog(page);
            await Expect(dialog.GetByTestId("session-length")).ToHaveTextAsync("会期 2 天");
            await Ui.Input(dialog, "session-venue").FillAsync("城关镇人民政府三楼会议室");
            await Ui.Input(dialog, "session-nonvoting").FillAsync("镇党委、政府领导班子成员");
            await dialog.GetByTestId("session-save").ClickAsync();
            await page.WaitForURLAsync(new Regex("/sessions/[0-9a-f-]{36}$"));
            var sessionId = Guid.Parse(page.Url[^36..]);
            await Expect(page.GetByTestId("session-name")).ToContainTextAsync("城关镇第十三届人民代表大会第");
            await Expect(page.GetByTestId("session-status")).ToHaveTextAsync("筹备中");
            await Expect(page.GetByTestId("session-dates")).ToContainTextAsync("（2天）");

            // An agenda item, so the vote can name it.
            await page.GetByTestId("agenda-kind").ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "决议/决定" }).ClickAsync();
            await Ui.Input(page, "agenda-title").FillAsync("关于2027年民生实事项目的决议");
            await page.GetByTestId("agenda-add").ClickAsync();
            await Expect(page.GetByTestId("agenda-item")).ToHaveCountAsync(1);
            await page.ScreenshotAsync(new() { Path = Shot("session-agenda.png"), FullPage = true });

            // 点名: the roll is every township deputy in office today.
            await Tab(page, "点名").ClickAsync();
            await page.GetByTestId("prepare-roll").ClickAsync();
            var inOffice = await InOfficeTodayAsync();
            var required = SessionRules.QuorumRequired(inOffice);
            var rows = page.GetByTestId("roll-row");
            await Expect(rows).ToHaveCountAsync(inOffice);
            var quorum = page.GetByTestId("quorum").First;
            await Expect(quorum).ToHaveAttributeAsync("data-quorum", "missing");
            await Expect(page.GetByTestId("quorum-text").First).ToHaveTextAsync($"出席 0 / 应到 {inOffice}，法定人数 {required}");

            // By mouse: three present, one on leave with a reason, one absent.
            for (var i = 0; i < 3; i++) await rows.Nth(i).GetByTestId("mark-present").ClickAsync();
            await rows.Nth(3).GetByTestId("mark-leave").ClickAsync();
            var reason = Ui.Input(rows.Nth(3), "leave-reason");
            await Expect(reason).ToBeFocusedAsync();
            await reason.FillAsync("因病住院");
            await reason.PressAsync("Enter");
            await Expect(rows.Nth(3)).ToHaveAttributeAsync("data-status", "OnLeave");
            await Expect(rows.Nth(4)).ToBeFocusedAsync();
            await rows.Nth(4).GetByTestId("mark-absent").ClickAsync();
            await Expect(page.GetByTestId("quorum-text").First).ToContainTextAsync("出席 3 /");

            // By keyboard from row 6: A marks absent and moves on; then P and 1 (present) until one short of quorum.
            await rows.Nth(5).FocusAsync();
            await page.Keyboard.PressAsync("a");
            await Expect(rows.Nth(6)).ToBeFocusedAsync();
            var present = 3;
            for (var i = 0; present < required - 1; i++, present++)
                await page.Keyboard.PressAsync(i % 2 == 0 ? "p" : "1");
            await Expect(page.GetByTestId("quorum-text").First).ToHaveTextAsync($"出席 {required - 1} / 应到 {inOffice}，法定人数 {required}");
            await Expect(quorum).ToHaveAttributeAsync("data-quorum", "missing");
            await page.ScreenshotAsync(new() { Path = Shot("session-roll-before-quorum.png") });

            // One more: quorum met, the indicator turns green.
            await page.Keyboard.PressAsync("p");
            await Expect(page.GetByTestId("quorum-text").First).ToHaveTextAsync($"出席 {required} / 应到 {inOffice}，法定人数 {required}");
            await Expect(quorum).ToHaveAttributeAsync("data-quorum", "met");
            await Expect(rows.Nth(6 + required - 3)).ToBeFocusedAsync();
            await page.ScreenshotAsync(new() { Path = Shot("session-roll.png") });

            // Every mark reached the database, in order.
            await using (var db = fixture.SystemDb())
            {
                var marks = await db.Set<SessionAttendance>().Where(a => a.SessionId == sessionId).ToListAsync();
                for (var attempt = 0; attempt < 50 && marks.Count(a => a.Status == AttendanceStatus.Present) < required; attempt++)
                {
                    await Task.Delay(200);
                    marks = await db.Set<SessionAttendance>().AsNoTracking().Where(a => a.SessionId == sessionId).ToListAsync();
                }
                Assert.Equal(inOffice, marks.Count);
                Assert.Equal(required, marks.Count(a => a.Status == AttendanceStatus.Present));
                Assert.Equal("因病住院", Assert.Single(marks, a => a.Status == AttendanceStatus.OnLeave).LeaveReason);
                Assert.Equal(2, marks.Count(a => a.Status == AttendanceStatus.Absent));
            }

            // 开幕: quorum is met, so a plain confirmation.
            await page.GetByTestId("open-session").ClickAsync();
            dialog = Ui.Dialog(page);
            await Expect(dialog.GetByTestId("override-reason")).ToHaveCountAsync(0);
            await ConfirmUncalledAndEarlyAsync(dialog);
            await dialog.GetByTestId("open-confirm").ClickAsync();
            await Expect(page.GetByTestId("session-status")).ToHaveTextAsync("会议中");

            // 表决: too many votes is refused on the spot; the result shows before saving.
            var majority = SessionRules.MajorityRequired(inOffice);
            await Tab(page, "表决").ClickAsync();
            await Ui.Input(page, "vote-title").FillAsync("关于2027年民生实事项目的决议");
            await Ui.Input(page, "vote-for").FillAsync((required + 1).ToString());
            await Expect(page.GetByTestId("vote-error")).ToContainTextAsync($"超过出席代表 {required} 人");
            await Expect(page.GetByTestId("vote-save")).ToBeDisabledAsync();
            await Ui.Input(page, "vote-for").FillAsync((majority - 1).ToString());
            await Expect(page.GetByTestId("vote-error")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("vote-result")).ToHaveTextAsync("未通过");
            await Ui.Input(page, "vote-for").FillAsync(majority.ToString());
            await Ui.Input(page, "vote-against").FillAsync("2");
            await Ui.Input(page, "vote-abstain").FillAsync("1");
            await Expect(page.GetByTestId("vote-result")).ToHaveTextAsync("通过");
            await page.GetByTestId("vote-save").ClickAsync();
            await Expect(page.GetByTestId("vote-row")).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("vote-row")).ToContainTextAsync("关于2027年民生实事项目的决议");
            await Expect(page.GetByTestId("vote-row")).ToContainTextAsync("通过");
            await page.ScreenshotAsync(new() { Path = Shot("session-votes.png"), FullPage = true });

            // 选举: one office (乡镇长), one seat, one candidate elected.
            await Tab(page, "选举").ClickAsync();
            await Ui.Input(page, "election-ballots").FillAsync(required.ToString());
            await Ui.Input(page, "candidate-name").FillAsync("刘建华");
            await Ui.Input(page, "candidate-votes").FillAsync((majority + 2).ToString());
            await Expect(page.GetByTestId("candidate-result")).ToHaveTextAsync("当选");
            await Expect(page.GetByTestId("election-preview")).ToContainTextAsync("当选：刘建华");
            await page.GetByTestId("election-save").ClickAsync();
            await Expect(page.GetByTestId("election")).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("election")).ToContainTextAsync("乡镇长");
            await Expect(page.GetByTestId("election")).ToContainTextAsync("刘建华");
            await Expect(page.GetByTestId("election")).ToContainTextAsync("当选");
            await page.ScreenshotAsync(new() { Path = Shot("session-elections.png"), FullPage = true });

            await Tab(page, "主席团").ClickAsync();
            await page.ScreenshotAsync(new() { Path = Shot("session-presidium.png"), FullPage = true });

            // 闭幕.
            await page.GetByTestId("close-session").ClickAsync();
            await Ui.Dialog(page).GetByTestId("close-confirm").ClickAsync();
            await Expect(page.GetByTestId("session-status")).ToHaveTextAsync("已闭会");
            await Tab(page, "点名").ClickAsync();
            await Expect(page.GetByTestId("mark-present")).ToHaveCountAsync(0);
            await page.ScreenshotAsync(new() { Path = Shot("session-closed-roll.png"), FullPage = true });

            await using (var db = fixture.SystemDb())
            {
                var session = await db.Sessions.AsNoTracking().Include(s => s.Votes).Include(s => s.Elections).ThenInclude(e => e.Candidates)
                    .SingleAsync(s => s.Id == sessionId);
                Assert.Equal(SessionStatus.Closed, session.Status);
                var vote = Assert.Single(session.Votes);
                Assert.True(vote.Adopted);
                Assert.Equal((majority, 2, 1, required), (vote.For, vote.Against, vote.Abstain, vote.Present));
                var election = Assert.Single(session.Elections);
                Assert.Equal(ElectionOffice.Head, election.Office);
                Assert.True(Assert.Single(election.Candidates).Elected);
            }

            // The minutes, downloaded from the page's link, carry the absent deputies and the vote numbers.
            var href = await page.GetByTestId("minutes-pdf").GetAttributeAsync("href");
            var response = await page.APIRequest.GetAsync(href!);
            Assert.Equal(200, response.Status);
            var bytes = await response.BodyAsync();
            await File.WriteAllBytesAsync(Path.Combine(BrowserFixture.ArtifactsDirectory, "session-minutes.pdf"), bytes);
            using (var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes))
            {
                var text = string.Concat(pdf.GetPages().Select(p => p.Text));
                await using var db = fixture.SystemDb();
                var absent = await (from a in db.Set<SessionAttendance>()
                                    join d in db.Deputies on a.DeputyId equals d.Id
                                    where a.SessionId == sessionId && (a.Status == AttendanceStatus.Absent || a.Status == AttendanceStatus.OnLeave)
                                    select d.Name).ToListAsync();
                Assert.NotEmpty(absent);
                Assert.All(absent, name => Assert.Contains(name, text));
                Assert.Contains($"{majority}21", text);   // for, against, abstain in the vote table
                Assert.Contains("当选", text);
            }

            // The list shows it with its length; the calendar has it today.
            await BrowserFixture.GotoInteractiveAsync(page, "/sessions");
            // Closed the day it opened: the list shows the actual length, one day.
            var row = page.GetByTestId("session-row").Filter(new() { Has = page.Locator($"a[href='/sessions/{sessionId}']") });
            await Expect(row).ToContainTextAsync("（1天）");
            await Expect(page.GetByTestId("calendar-event").First).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = Shot("sessions.png"), FullPage = true });
        });
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Opening asks for what the record would otherwise hide: deputies never called are confirmed absent
    /// (未点名视为缺席), and a session opened before its planned date is confirmed as an early opening.
    /// </summary>
    private static async Task ConfirmUncalledAndEarlyAsync(ILocator dialog)
    {
        await Expect(dialog.GetByTestId("open-confirm")).ToBeVisibleAsync();
        if (await dialog.GetByTestId("open-unmarked-absent").CountAsync() > 0)
            await dialog.GetByTestId("open-unmarked-absent").ClickAsync();
        if (await dialog.GetByTestId("open-early-confirm").CountAsync() > 0)
            await dialog.GetByTestId("open-early-confirm").ClickAsync();
    }

    [Fact]
    public async Task Opening_without_quorum_needs_a_reason()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, "/sessions");
        await Ui.CaptureOnFailureAsync(page, nameof(Opening_without_quorum_needs_a_reason), async () =>
        {
            await page.GetByTestId("new-session").ClickAsync();
            var dialog = Ui.Dialog(page);
            await Ui.Input(dialog, "session-venue").FillAsync("城关镇文化站");
            await dialog.GetByTestId("session-save").ClickAsync();
            await page.WaitForURLAsync(new Regex("/sessions/[0-9a-f-]{36}$"));
            await Tab(page, "点名").ClickAsync();
            await page.GetByTestId("prepare-roll").ClickAsync();
            await page.GetByTestId("roll-row").First.GetByTestId("mark-present").ClickAsync();
            await Expect(page.GetByTestId("quorum-text").First).ToContainTextAsync("出席 1 /");

            await page.GetByTestId("open-session").ClickAsync();
            dialog = Ui.Dialog(page);
            await ConfirmUncalledAndEarlyAsync(dialog);
            await dialog.GetByTestId("open-confirm").ClickAsync();
            await Expect(dialog.GetByTestId("open-error")).ToContainTextAsync("不能开幕");
            await Ui.Input(dialog, "override-reason").FillAsync("部分代表因防汛抢险无法到会，经主席团决定照常开会");
            await dialog.GetByTestId("open-confirm").ClickAsync();
            await Expect(page.GetByTestId("session-status")).ToHaveTextAsync("会议中");
            await Expect(page.Locator(".session-header")).ToContainTextAsync("防汛抢险");
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Presidium_meeting_with_an_overdue_action_is_flagged()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, "/sessions");
        await Ui.CaptureOnFailureAsync(page, nameof(Presidium_meeting_with_an_overdue_action_is_flagged), async () =>
        {
            var today = ChineseDate.TodayInChina(TimeProvider.System);
            var held = today.AddDays(-60);
            await page.GetByTestId("new-meeting").ClickAsync();
            var dialog = Ui.Dialog(page);
            var date = Ui.Input(dialog, "meeting-date");
            await date.FillAsync(held.ToString("yyyy-MM-dd"));
            await date.PressAsync("Tab");
            await Ui.Input(dialog, "meeting-place").FillAsync("镇人大主席团办公室");
            await Ui.Input(dialog, "meeting-presided").FillAsync("张主席");
            await Ui.Input(dialog, "meeting-attendees").FillAsync("张主席、李副主席、王委员");
            await Ui.Input(dialog, "meeting-topics").FillAsync("研究代表小组活动计划\n听取建议办理情况汇报");
            await Ui.Input(dialog, "meeting-decisions").FillAsync("各代表小组每季度至少活动一次");
            await dialog.GetByTestId("meeting-save").ClickAsync();
            await page.WaitForURLAsync(new Regex("/presidium-meetings/[0-9a-f-]{36}$"));
            await Expect(page.GetByTestId("meeting-name")).ToContainTextAsync("城关镇人大主席团");
            await Expect(page.GetByTestId("meeting-date-text")).ToHaveTextAsync(ChineseDate.Format(held));
            await Expect(page.GetByTestId("meeting-topics-list").Locator("li")).ToHaveCountAsync(2);

            await Ui.Input(page, "action-description").FillAsync("督促各代表小组报送活动计划");
            await Ui.Input(page, "action-owner").FillAsync("李副主席");
            var due = Ui.Input(page, "action-due");
            await due.FillAsync(today.AddDays(-30).ToString("yyyy-MM-dd"));
            await due.PressAsync("Tab");
            await page.GetByTestId("action-add").ClickAsync();
            await Expect(page.GetByTestId("action-row")).ToHaveAttributeAsync("data-overdue", "true");
            await Expect(page.GetByTestId("action-row")).ToContainTextAsync("逾期 30 天");
            await page.ScreenshotAsync(new() { Path = Shot("presidium-meeting.png"), FullPage = true });

            await BrowserFixture.GotoInteractiveAsync(page, "/sessions");
            await Expect(page.GetByTestId("overdue-action").Filter(new() { HasText = "督促各代表小组报送活动计划" })).ToBeVisibleAsync();
        });
        await page.Context.CloseAsync();
    }
}
