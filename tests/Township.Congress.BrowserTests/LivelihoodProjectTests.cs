using Microsoft.EntityFrameworkCore;
using Township.Congress.Sessions;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>
/// 民生实事项目票决 and a prepared election as town04 runs them: candidates and the ballot before the
/// session opens, the counts after, the chosen highlighted; the prepared election's results entered later.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LivelihoodProjectTests(BrowserFixture fixture)
{
    private static ILocator Tab(IPage page, string name) => page.GetByRole(AriaRole.Tab, new() { Name = name });

    [Fact]
    public async Task Secretary_prepares_projects_and_an_election_prints_the_ballot_and_records_the_votes()
    {
        Guid sessionId;
        int inOffice, present;
        await using (var db = fixture.SystemDb())
        {
            // A planned session of township 4 with everyone on the roll present: quorum is met.
            var four = await db.Townships.SingleAsync(t => t.Number == 4);
            var service = new SessionService(db);
            var day = Township.Congress.Formatting.ChineseDate.TodayInChina(TimeProvider.System);
            var session = await service.CreateAsync(four.Id, new SessionInput { PlannedStart = day, PlannedEnd = day, Venue = "乡政府会议室" });
            await service.PrepareRollAsync(session.Id);
            foreach (var row in await db.Set<SessionAttendance>().Where(a => a.SessionId == session.Id).ToListAsync())
                row.Status = AttendanceStatus.Present;
            await db.SaveChangesAsync();
            var summary = await service.SummaryAsync(session.Id);
            (sessionId, inOffice, present) = (session.Id, summary.InOffice, summary.Present);
        }
        var majority = SessionRules.MajorityRequired(inOffice);

        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town04");
        await BrowserFixture.GotoInteractiveAsync(page, $"/sessions/{sessionId}");
        await Ui.CaptureOnFailureAsync(page, nameof(Secretary_prepares_projects_and_an_election_prints_the_ballot_and_records_the_votes), async () =>
        {
            // Before the session: three candidates, two to be chosen, the third moved up.
            await Tab(page, "民生实事").ClickAsync();
            await Expect(page.GetByTestId("project-empty")).ToBeVisibleAsync();
            foreach (var (name, owner, budget) in new[] { ("东关村道路硬化工程", "乡交通运输办", "120.5"), ("北山村饮水巩固提升工程", "乡水利站", "80"), ("乡卫生院设备更新", "乡卫生院", "45") })
            {
                await page.GetByTestId("project-add").ClickAsync();
                var dialog = Ui.Dialog(page);
                await Ui.Input(dialog, "project-name").FillAsync(name);
                await Ui.Input(dialog, "project-owner").FillAsync(owner);
                await Ui.Input(dialog, "project-budget").FillAsync(budget);
                await dialog.GetByTestId("project-save").ClickAsync();
                await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
            }
            var rows = page.GetByTestId("project-row");
            await Expect(rows).ToHaveCountAsync(3);
            await Expect(rows.Nth(0)).ToContainTextAsync("120.5");
            await rows.Nth(2).GetByTestId("project-up").ClickAsync();
            await Expect(rows.Nth(1).GetByTestId("project-row-name")).ToHaveTextAsync("乡卫生院设备更新");
            await Ui.Input(page, "project-seats").FillAsync("2");
            await page.GetByTestId("project-seats-save").ClickAsync();
            await Expect(page.GetByTestId("project-rule")).ToContainTextAsync("取前 2 项");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "projects-candidates.png"), FullPage = true });

            // A prepared election: no votes yet, printed with the projects.
            await Tab(page, "选举").ClickAsync();
            await Ui.Input(page, "candidate-name").FillAsync("周建军");
            await page.GetByTestId("election-prepare").ClickAsync();
            await Expect(page.GetByTestId("election-prepared")).ToHaveTextAsync("待投票");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "elections-prepared.png"), FullPage = true });

            var href = await page.GetByTestId("election-ballots-pdf").GetAttributeAsync("href");
            var response = await page.APIRequest.GetAsync(href!);
            Assert.Equal(200, response.Status);
            using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.BodyAsync()))
            {
                var pages = pdf.GetPages().Select(p => p.Text).ToList();
                Assert.Equal(2, pages.Count);
                Assert.Contains("乡镇长选举票", pages[0]);
                Assert.Contains("周建军", pages[0]);
                Assert.Contains("民生实事项目票决票", pages[1]);
                Assert.Contains("（应选2项）", pages[1]);
                Assert.Contains("乡卫生院设备更新", pages[1]);
            }

            // 开幕, then the counts: too many refused on the spot, then the two with most "for" chosen.
            await page.GetByTestId("open-session").ClickAsync();
            await Ui.Dialog(page).GetByTestId("open-confirm").ClickAsync();
            await Expect(page.GetByTestId("session-status")).ToHaveTextAsync("会议中");
            await Tab(page, "民生实事").ClickAsync();
            var counts = page.GetByTestId("project-count-row");
            await Expect(counts).ToHaveCountAsync(3);
            await Ui.Input(counts.Nth(0), "project-for").FillAsync((present + 1).ToString());
            await Expect(page.GetByTestId("project-count-error")).ToContainTextAsync($"超过出席代表 {present} 人");
            await Expect(page.GetByTestId("project-results-save")).ToBeDisabledAsync();
            await Ui.Input(counts.Nth(0), "project-for").FillAsync(present.ToString());
            // All three reach the majority; only the top two by "for" are chosen.
            await Ui.Input(counts.Nth(1), "project-for").FillAsync(majority.ToString());
            await Ui.Input(counts.Nth(1), "project-abstain").FillAsync("2");
            await Ui.Input(counts.Nth(2), "project-for").FillAsync((majority + 1).ToString());
            await Ui.Input(counts.Nth(2), "project-against").FillAsync("1");
            await Expect(page.GetByTestId("project-count-error")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("project-results-preview")).ToContainTextAsync("入选 2 项");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "projects-results-form.png"), FullPage = true });
            await page.GetByTestId("project-results-save").ClickAsync();
            await Expect(page.Locator("[data-testid=project-row][data-chosen=true]")).ToHaveCountAsync(2);
            await Expect(rows.Nth(1).GetByTestId("project-row-result")).ToHaveTextAsync("未入选");
            await Expect(page.GetByTestId("project-add")).ToHaveCountAsync(0);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "projects-results.png"), FullPage = true });

            // The prepared election's results.
            await Tab(page, "选举").ClickAsync();
            await page.GetByTestId("election-enter-results").ClickAsync();
            await Ui.Input(page, "results-ballots").FillAsync(present.ToString());
            await Ui.Input(page, "results-votes").FillAsync((majority + 3).ToString());
            await Expect(page.GetByTestId("results-result")).ToHaveTextAsync("当选");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "elections-results-form.png"), FullPage = true });
            await page.GetByTestId("results-save").ClickAsync();
            await Expect(page.GetByTestId("election-prepared")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("election")).ToContainTextAsync("当选");

            await using var check = fixture.SystemDb();
            var projects = await check.Set<LivelihoodCandidate>().Where(c => c.SessionId == sessionId).OrderBy(c => c.Order).ToListAsync();
            Assert.Equal([("东关村道路硬化工程", true), ("乡卫生院设备更新", false), ("北山村饮水巩固提升工程", true)], projects.Select(p => (p.Name, p.Chosen)));
            Assert.Equal(120.5m, projects[0].EstimatedBudget);
            Assert.Equal((majority, 0, 2), (projects[1].For, projects[1].Against, projects[1].Abstain));
            var election = await check.Set<Election>().Include(e => e.Candidates).SingleAsync(e => e.SessionId == sessionId);
            Assert.Equal(ElectionStatus.Recorded, election.Status);
            Assert.True(Assert.Single(election.Candidates).Elected);
        });
        await page.Context.CloseAsync();
    }
}
