using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>The groups, liaison-station and audit pages, as their users open them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OtherPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Secretary_sees_nine_groups_and_creates_a_tenth()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, "/groups");
        await Ui.CaptureOnFailureAsync(page, nameof(Secretary_sees_nine_groups_and_creates_a_tenth), async () =>
        {
            await Expect(page.GetByTestId("group-card")).ToHaveCountAsync(9);
            await Expect(page.GetByText("第一代表小组（")).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "groups.png"), FullPage = true });

            await Ui.Input(page, "new-group-name").FillAsync("第十代表小组");
            await page.GetByTestId("create-group").ClickAsync();
            await Expect(page.GetByTestId("group-card")).ToHaveCountAsync(10);
            await using var db = fixture.SystemDb();
            Assert.True(await db.DeputyGroups.AnyAsync(g => g.Name == "第十代表小组"));
        });
    }

    [Fact]
    public async Task Secretary_sees_the_nine_has_checklist_of_the_deputy_home()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "town01");
        await BrowserFixture.GotoInteractiveAsync(page, "/stations");
        await Ui.CaptureOnFailureAsync(page, nameof(Secretary_sees_the_nine_has_checklist_of_the_deputy_home), async () =>
        {
            var station = page.GetByTestId("station").First;
            await Expect(station).ToContainTextAsync("有标牌");
            await Expect(station).ToContainTextAsync("有工作记录");
            await Expect(station).ToContainTextAsync("“九有”达标情况");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "stations.png"), FullPage = true });
        });
    }

    [Fact]
    public async Task Chair_browses_the_audit_and_secretary_cannot()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "chair01");
        await BrowserFixture.GotoInteractiveAsync(page, "/audit");
        await Ui.CaptureOnFailureAsync(page, nameof(Chair_browses_the_audit_and_secretary_cannot), async () =>
        {
            await Expect(page.GetByText("操作日志").First).ToBeVisibleAsync();
            await Expect(page.Locator("tbody")).ToContainTextAsync("登录成功");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "audit.png"), FullPage = true });
        });

        var secretary = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(secretary, "town02");
        await BrowserFixture.GotoInteractiveAsync(secretary, "/audit");
        await Expect(secretary.GetByTestId("forbidden")).ToBeVisibleAsync();
        await Expect(secretary.Locator("tbody tr")).ToHaveCountAsync(0);
    }
}
