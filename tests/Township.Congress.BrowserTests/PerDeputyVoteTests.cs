using Microsoft.EntityFrameworkCore;
using Township.Congress.Sessions;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>A vote recorded deputy by deputy: the counts follow the choices and are stored with them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PerDeputyVoteTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Secretary_records_a_show_of_hands_deputy_by_deputy()
    {
        Guid sessionId;
        int present;
        await using (var db = fixture.SystemDb())
        {
            // An open session of township 3 with everyone on the roll present.
            var three = await db.Townships.SingleAsync(t => t.Number == 3);
            var service = new SessionService(db);
            var day = Township.Congress.Formatting.ChineseDate.TodayInChina(TimeProvider.System);
            var session = await service.CreateAsync(three.Id, new SessionInput { PlannedStart = day, PlannedEnd = day, Venue = "镇政府会议室" });
            await service.PrepareRollAsync(session.Id);
            foreach (var row in await db.Set<SessionAttendance>().Where(a => a.SessionId == session.Id).ToListAsync())
                row.Status = AttendanceStatus.Present;
            await db.SaveChangesAsync();
            await service.OpenAsync(session.Id, session.Version, new OpenSessionInput(UnmarkedAsAbsent: true));
            (sessionId, present) = (session.Id, (await service.SummaryAsync(session.Id)).Present);
        }

        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town03");
        await BrowserFixture.GotoInteractiveAsync(page, $"/sessions/{sessionId}");
        await Ui.CaptureOnFailureAsync(page, nameof(Secretary_records_a_show_of_hands_deputy_by_deputy), async () =>
        {
            await page.GetByRole(Microsoft.Playwright.AriaRole.Tab, new() { Name = "表决" }).ClickAsync();
            await Ui.Input(page, "vote-title").FillAsync("关于逐人表决的决定");
            await Ui.Input(page, "vote-per-deputy").CheckAsync();
            await Expect(page.GetByTestId("vote-deputy")).ToHaveCountAsync(present);
            await page.GetByTestId("vote-all-for").ClickAsync();
            await page.GetByTestId("vote-deputy").First.GetByRole(Microsoft.Playwright.AriaRole.Checkbox, new() { Name = "反对" }).ClickAsync();
            await Expect(Ui.Input(page, "vote-for")).ToHaveValueAsync((present - 1).ToString());
            await Expect(page.GetByTestId("vote-result")).ToHaveTextAsync("通过");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "per-deputy-vote.png"), FullPage = true });
            await page.GetByTestId("vote-save").ClickAsync();
            await Expect(page.GetByTestId("vote-row")).ToHaveCountAsync(1);

            await using var check = fixture.SystemDb();
            var vote = await check.Set<SessionVote>().Include(v => v.DeputyVotes).SingleAsync(v => v.SessionId == sessionId);
            Assert.Equal((present - 1, 1, 0, true), (vote.For, vote.Against, vote.Abstain, vote.RecordedPerDeputy));
            Assert.Equal(present, vote.DeputyVotes.Count);
        });
        await page.Context.CloseAsync();
    }
}
