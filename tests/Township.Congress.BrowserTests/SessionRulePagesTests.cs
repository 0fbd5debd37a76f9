using Microsoft.EntityFrameworkCore;
using Township.Congress.Sessions;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>
/// The session rules of issue 9 on the pages, one path each: the record of a session cannot contradict itself
/// (更正 after closing, votes edited and removed, re-votes, agenda order, opening early or with deputies not called,
/// the election tally and rounds, a presidium meeting's 列席 and 记录人).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SessionRulePagesTests(BrowserFixture fixture)
{
    private BrowserFixture Fixture => fixture;

    /// <summary>Signs town01 in and opens the session's page.</summary>
    private async Task<IPage> SessionPageAsync(Guid sessionId)
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, $"/sessions/{sessionId}");
        await Expect(page.GetByTestId("session-tabs")).ToBeVisibleAsync();
        return page;
    }

    private static async Task<int> MajorityAsync(BrowserFixture fixture, Guid sessionId) =>
        SessionRules.MajorityRequired(await SessionSetup.RollCountAsync(fixture, sessionId));

    private static VoteInput Vote(string title, int @for, Guid? agendaItemId = null, string? revoteReason = null) =>
        new(title, VoteKind.Resolution, @for, 0, 0, agendaItemId, RevoteReason: revoteReason);

    [Fact]
    public async Task A_closed_session_refuses_a_new_vote_until_a_correction_with_a_reason_which_the_minutes_print()
    {
        var id = await SessionSetup.HeldAsync(fixture, record: async (s, sid) =>
            await s.RecordVoteAsync(sid, Vote("关于2027年民生实事项目的决议", SessionRules.MajorityRequired(await SessionSetup.RollCountAsync(fixture, sid)))),
            close: true);
        var majority = await MajorityAsync(fixture, id);
        const string reason = "闭会后发现漏记一项表决结果";
        var page = await SessionPageAsync(id);
        await Ui.CaptureOnFailureAsync(page, nameof(A_closed_session_refuses_a_new_vote_until_a_correction_with_a_reason_which_the_minutes_print), async () =>
        {
            await Expect(page.GetByTestId("session-status")).ToHaveTextAsync("已闭会");
            await Ui.Tab(page, "表决").ClickAsync();
            await Expect(page.GetByTestId("vote-refusal")).ToContainTextAsync("更正");
            await Expect(page.GetByTestId("vote-form")).ToHaveCountAsync(0);

            // 更正 asks for its reason first.
            await page.GetByTestId("correct-session").ClickAsync();
            await Expect(page.GetByTestId("correct-start")).ToBeDisabledAsync();
            await Ui.Input(page, "correct-reason").FillAsync(reason);
            await page.GetByTestId("correct-start").ClickAsync();
            await Expect(page.GetByTestId("correcting")).ToContainTextAsync(reason);
            await Axe.AssertNoSeriousViolationsAsync(page, "a closed session being corrected");

            await Ui.Input(page, "vote-title").FillAsync("关于补选主席团成员的决定");
            await Ui.Input(page, "vote-for").FillAsync(majority.ToString());
            await page.GetByTestId("vote-save").ClickAsync();
            await Expect(page.GetByTestId("vote-row")).ToHaveCountAsync(2);
            await page.GetByTestId("correct-end").ClickAsync();
            await Expect(page.GetByTestId("vote-form")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("vote-refusal")).ToBeVisibleAsync();

            await using (var db = fixture.SystemDb())
                Assert.Equal(reason, (await db.Set<SessionCorrection>().SingleAsync(c => c.SessionId == id)).Reason);
            var response = await page.APIRequest.GetAsync((await page.GetByTestId("minutes-pdf").GetAttributeAsync("href"))!);
            Assert.Equal(200, response.Status);
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.BodyAsync());
            var text = string.Concat(pdf.GetPages().Select(p => p.Text));
            Assert.Contains("更正", text);
            Assert.Contains(reason, text);
            Assert.Contains("关于补选主席团成员的决定", text);
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Before_closing_a_vote_is_edited_and_another_removed_after_confirmation()
    {
        var id = await SessionSetup.HeldAsync(fixture, record: async (s, sid) =>
        {
            var majority = SessionRules.MajorityRequired(await SessionSetup.RollCountAsync(fixture, sid));
            await s.RecordVoteAsync(sid, Vote("关于镇财政预算的决议", majority));
            await s.RecordVoteAsync(sid, Vote("关于镇财政决算的决议", majority));
        });
        var page = await SessionPageAsync(id);
        await Ui.CaptureOnFailureAsync(page, nameof(Before_closing_a_vote_is_edited_and_another_removed_after_confirmation), async () =>
        {
            await Ui.Tab(page, "表决").ClickAsync();
            var rows = page.GetByTestId("vote-row");
            await Expect(rows).ToHaveCountAsync(2);

            await rows.Nth(0).GetByTestId("vote-edit").ClickAsync();
            await Expect(Ui.Input(page, "vote-title")).ToHaveValueAsync("关于镇财政预算的决议");
            await Ui.Input(page, "vote-against").FillAsync("2");
            await Expect(page.GetByTestId("vote-save")).ToHaveTextAsync("保存修改");
            await page.GetByTestId("vote-save").ClickAsync();
            await Expect(rows.Nth(0).Locator("td").Nth(3)).ToHaveTextAsync("2");

            // Removing asks first: cancelled, the vote stays; confirmed, it goes.
            await rows.Nth(1).GetByTestId("vote-delete").ClickAsync();
            await Expect(Ui.Dialog(page)).ToContainTextAsync("关于镇财政决算的决议");
            await Ui.Dialog(page).GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
            await Expect(rows).ToHaveCountAsync(2);
            await rows.Nth(1).GetByTestId("vote-delete").ClickAsync();
            await Ui.Dialog(page).GetByRole(AriaRole.Button, new() { Name = "删除表决" }).ClickAsync();
            await Expect(rows).ToHaveCountAsync(1);

            await using var db = fixture.SystemDb();
            var vote = Assert.Single(await db.Set<SessionVote>().Where(v => v.SessionId == id).ToListAsync());
            Assert.Equal(("关于镇财政预算的决议", 2), (vote.Title, vote.Against));
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_second_vote_on_one_agenda_item_needs_a_reason_and_is_labelled_a_revote()
    {
        const string title = "关于2027年民生实事项目的决议";
        var id = await SessionSetup.HeldAsync(fixture,
            prepare: (s, sid) => s.AddAgendaItemAsync(sid, AgendaItemKind.Resolution, title),
            record: async (s, sid) =>
            {
                await using var db = fixture.SystemDb();
                var item = await db.Set<AgendaItem>().SingleAsync(a => a.SessionId == sid);
                await s.RecordVoteAsync(sid, Vote(title, 1, item.Id));
            });
        var majority = await MajorityAsync(fixture, id);
        var page = await SessionPageAsync(id);
        await Ui.CaptureOnFailureAsync(page, nameof(A_second_vote_on_one_agenda_item_needs_a_reason_and_is_labelled_a_revote), async () =>
        {
            await Ui.Tab(page, "表决").ClickAsync();
            await Expect(page.GetByTestId("vote-revote-hint")).ToHaveCountAsync(0);
            await Ui.PickAsync(page, page.GetByTestId("vote-agenda"), $"1. {title}");
            await Expect(page.GetByTestId("vote-revote-hint")).ToBeVisibleAsync();
            await Ui.Input(page, "vote-title").FillAsync(title);
            await Ui.Input(page, "vote-for").FillAsync(majority.ToString());

            // Without a reason the model refuses, in Chinese; nothing is saved.
            await page.GetByTestId("vote-save").ClickAsync();
            await Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = "须填写原因" })).ToBeVisibleAsync();
            await Expect(page.GetByTestId("vote-row")).ToHaveCountAsync(1);

            await Ui.Input(page, "vote-revote-reason").FillAsync("首次表决计票有误");
            await page.GetByTestId("vote-save").ClickAsync();
            await Expect(page.GetByTestId("vote-row")).ToHaveCountAsync(2);
            await Expect(page.GetByTestId("vote-revote")).ToHaveTextAsync("重新表决（首次表决计票有误）");
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Agenda_items_are_reordered_on_the_page()
    {
        string[] titles = ["镇人民政府工作报告", "镇财政预算执行情况的报告", "关于2027年民生实事项目的决议"];
        var id = await SessionSetup.PlannedAsync(fixture, prepare: async (s, sid) =>
        {
            foreach (var t in titles) await s.AddAgendaItemAsync(sid, AgendaItemKind.GovernmentReport, t);
        });
        var page = await SessionPageAsync(id);
        await Ui.CaptureOnFailureAsync(page, nameof(Agenda_items_are_reordered_on_the_page), async () =>
        {
            var items = page.GetByTestId("agenda-item");
            await Expect(items).ToHaveCountAsync(3);
            await Expect(items.Nth(0).GetByTestId("agenda-up")).ToBeDisabledAsync();
            await items.Nth(0).GetByTestId("agenda-down").ClickAsync();
            await Expect(items.Nth(0)).ToContainTextAsync(titles[1]);
            await items.Nth(2).GetByTestId("agenda-up").ClickAsync();
            await Expect(items.Nth(1)).ToContainTextAsync(titles[2]);
            await Expect(items.Nth(2)).ToContainTextAsync(titles[0]);
            await Expect(items.Nth(0)).ToContainTextAsync("议程一");

            await using var db = fixture.SystemDb();
            var stored = await db.Set<AgendaItem>().Where(a => a.SessionId == id).OrderBy(a => a.Order).Select(a => a.Title).ToListAsync();
            Assert.Equal([titles[1], titles[2], titles[0]], stored);
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_tally_dialog_records_ballots_and_the_rounds_are_numbered()
    {
        var present = 0;
        var id = await SessionSetup.HeldAsync(fixture, record: async (s, sid) =>
        {
            present = await SessionSetup.RollCountAsync(fixture, sid);
            var majority = SessionRules.MajorityRequired(present);
            // 第一轮: two candidates for one seat (差额), neither elected; 第二轮: one candidate (等额), elected.
            await s.RecordElectionAsync(sid, new ElectionInput(ElectionOffice.ViceChair, 1, present,
                [new CandidateInput("宋福林", majority - 1), new CandidateInput("王建国", 1)]));
            await s.RecordElectionAsync(sid, new ElectionInput(ElectionOffice.ViceChair, 1, present, [new CandidateInput("宋福林", majority)]));
        });
        var page = await SessionPageAsync(id);
        await Ui.CaptureOnFailureAsync(page, nameof(The_tally_dialog_records_ballots_and_the_rounds_are_numbered), async () =>
        {
            await Ui.Tab(page, "选举").ClickAsync();
            var elections = page.GetByTestId("election");
            await Expect(elections).ToHaveCountAsync(2);
            await Expect(elections.Nth(0).GetByTestId("election-office")).ToHaveTextAsync("人大副主席（第一轮）");
            await Expect(elections.Nth(1).GetByTestId("election-office")).ToHaveTextAsync("人大副主席（第二轮）");
            await Expect(elections.Nth(0).GetByTestId("election-tally")).ToContainTextAsync("差额选举");
            await Expect(elections.Nth(1).GetByTestId("election-tally")).ToContainTextAsync("等额选举");

            await elections.Nth(0).GetByTestId("election-tally-edit").ClickAsync();
            var dialog = Ui.Dialog(page);
            await Expect(Ui.Input(dialog, "tally-returned")).ToHaveValueAsync(present.ToString());
            await Ui.Input(dialog, "tally-scrutineers").FillAsync("李明、赵芳");
            await Ui.Input(dialog, "tally-counters").FillAsync("陈静");
            await Ui.Input(dialog, "tally-issued").FillAsync(present.ToString());
            await Ui.Input(dialog, "tally-valid").FillAsync((present - 1).ToString());
            await Ui.Input(dialog, "tally-invalid").FillAsync("2");
            // Valid and invalid must add up to the ballots returned: said at once, and saving waits.
            await Expect(dialog.GetByTestId("tally-error")).ToBeVisibleAsync();
            await Expect(dialog.GetByTestId("tally-save")).ToBeDisabledAsync();
            await Axe.AssertNoSeriousViolationsAsync(page, "the election tally dialog");
            await Ui.Input(dialog, "tally-invalid").FillAsync("1");
            await Expect(dialog.GetByTestId("tally-error")).ToHaveCountAsync(0);
            await dialog.GetByTestId("tally-save").ClickAsync();
            await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);

            var tally = elections.Nth(0).GetByTestId("election-tally");
            await Expect(tally).ToContainTextAsync($"发出{present}张，收回{present}张，有效{present - 1}张，无效1张");
            await Expect(tally).ToContainTextAsync("李明、赵芳");
            await Expect(tally).ToContainTextAsync("陈静");
            await using var db = fixture.SystemDb();
            var first = await db.Set<Election>().Where(e => e.SessionId == id).OrderBy(e => e.Round).FirstAsync();
            Assert.Equal((1, "陈静"), (first.Round, first.Counters));
            Assert.Equal(new int?[] { present, present - 1, 1 }, new[] { first.BallotsIssued, first.BallotsValid, first.BallotsInvalid });
        });
        await page.Context.CloseAsync();
    }
}
