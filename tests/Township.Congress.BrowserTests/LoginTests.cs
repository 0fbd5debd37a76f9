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
