using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class LoginTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Wrong_password_shows_the_Chinese_error_and_stays_on_the_login_page()
    {
        var page = await fixture.NewPageAsync();
        await Ui.CaptureOnFailureAsync(page, nameof(Wrong_password_shows_the_Chinese_error_and_stays_on_the_login_page), async () =>
        {
            await page.GotoAsync("/login");
            await page.Locator("input[name=userName]").FillAsync("town02");
            await page.Locator("input[name=password]").FillAsync("wrong-password");
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login\\?error="));
            await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("用户名或密码不正确。");
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Anonymous_visit_to_the_roster_goes_to_the_login_page()
    {
        var page = await fixture.NewPageAsync();
        await Ui.CaptureOnFailureAsync(page, nameof(Anonymous_visit_to_the_roster_goes_to_the_login_page), async () =>
        {
            await page.GotoAsync("/roster");
            await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "登录" })).ToBeVisibleAsync();
        });
        await page.Context.CloseAsync();
    }
}

/// <summary>An open page whose sign-in ended (signed out in another tab, idle) saves nothing and goes to the login form.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EndedSessionTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Signing_out_in_another_tab_sends_the_open_page_to_the_login_page_at_its_next_action()
    {
        var page = await fixture.NewPageAsync();
        await Ui.CaptureOnFailureAsync(page, nameof(Signing_out_in_another_tab_sends_the_open_page_to_the_login_page_at_its_next_action), async () =>
        {
            await BrowserFixture.LoginAsync(page, "town03");
            await BrowserFixture.GotoInteractiveAsync(page, "/roster");
            await Expect(Ui.NameCells(page).First).ToBeVisibleAsync();

            // Same browser, same cookie: sign out in a second tab.
            var other = await page.Context.NewPageAsync();
            await other.GotoAsync("/");
            await other.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
            await other.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));

            // The first tab still shows the roster; its next action goes to the login page.
            await page.GetByTestId("add-deputy").ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/login?returnUrl=%2Froster", StringComparison.Ordinal));
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "登录" })).ToBeVisibleAsync();
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_page_left_open_past_the_idle_timeout_cannot_save()
    {
        const string name = "闲置页面代表";
        var work = Directory.CreateTempSubdirectory("congress-idle-").FullName;
        await using var app = new CongressAppFactory(work, new Dictionary<string, string?> { ["Security:IdleTimeoutMinutes"] = "1" });
        app.StartServer();
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1440, Height = 900 } });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await Ui.CaptureOnFailureAsync(page, nameof(A_page_left_open_past_the_idle_timeout_cannot_save), async () =>
        {
            await BrowserFixture.LoginAsync(page, "town02");
            await BrowserFixture.GotoInteractiveAsync(page, "/roster");
            await Expect(Ui.NameCells(page).First).ToBeVisibleAsync();
            await page.GetByTestId("add-deputy").ClickAsync();
            await Ui.Input(Ui.Dialog(page), "deputy-name").FillAsync(name);

            await Task.Delay(TimeSpan.FromSeconds(90));

            // Revalidation may already have sent the page away; if not, the save click must not save.
            try
            {
                if (!page.Url.Contains("/login", StringComparison.Ordinal))
                    await Ui.Dialog(page).GetByTestId("deputy-save").ClickAsync(new() { Timeout = 5_000 });
            }
            catch (PlaywrightException)
            {
                // The page left for the login form meanwhile.
            }
            await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));

            await using var db = new Township.Congress.Data.CongressDbContext(
                app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.DbContextOptions<Township.Congress.Data.CongressDbContext>>(),
                Township.Congress.Security.TownshipScope.System("browser-tests"));
            Assert.False(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Deputies, d => d.Name == name));
        });
        await context.CloseAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
