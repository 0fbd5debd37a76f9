using Microsoft.EntityFrameworkCore;
using Township.Congress.Auditing;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>Pages that take a record id in the URL: another township's record is "not found" and its data never shows.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CrossTownshipPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Secretary_opening_another_townships_session_or_meeting_sees_not_found()
    {
        Guid session, meeting;
        string venue;
        await using (var db = fixture.SystemDb())
        {
            var two = await db.Townships.SingleAsync(t => t.Number == 2);
            var s = await db.Sessions.Where(x => x.TownshipId == two.Id).OrderBy(x => x.Id).FirstAsync();
            (session, venue) = (s.Id, s.Venue);
            meeting = await db.PresidiumMeetings.Where(m => m.TownshipId == two.Id).Select(m => m.Id).FirstAsync();
        }
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");

        foreach (var path in new[] { $"/sessions/{session}", $"/presidium-meetings/{meeting}" })
        {
            await BrowserFixture.GotoInteractiveAsync(page, path);
            await Expect(page.GetByTestId("not-found")).ToBeVisibleAsync();
            Assert.DoesNotContain(venue, await page.ContentAsync());
        }
        await using var check = fixture.SystemDb();
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Action == AuditAction.AccessDenied && a.EntityKey == session.ToString()));
        await page.Context.CloseAsync();
    }
}
