using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>The pages work under the Content-Security-Policy, and a violation is caught (so every browser test would fail on one).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_interactive_page_runs_under_the_policy_and_an_injected_inline_script_is_blocked_and_reported()
    {
        var page = await fixture.NewPageAsync();
        await Ui.CaptureOnFailureAsync(page, nameof(An_interactive_page_runs_under_the_policy_and_an_injected_inline_script_is_blocked_and_reported), async () =>
        {
            await BrowserFixture.LoginAsync(page, "town01");
            // Interactive: blazor.web.js, the import map and the circuit's WebSocket all passed the policy.
            await BrowserFixture.GotoInteractiveAsync(page, "/roster");
            await Expect(Ui.NameCells(page).First).ToBeVisibleAsync();
            BrowserFixture.AssertNoCspViolations(page);

            await page.EvaluateAsync("""
                () => {
                    const s = document.createElement('script');
                    s.textContent = 'window.injected = true;';
                    document.body.appendChild(s);
                }
                """);

            Assert.False(await page.EvaluateAsync<bool>("() => window.injected === true"));
            await page.WaitForConditionAsync(() => BrowserFixture.CspViolations(page).Count > 0);
            Assert.Contains("script-src", string.Join("\n", BrowserFixture.CspViolations(page)));
            BrowserFixture.ForgetCspViolations(page);
        });
        await page.Context.CloseAsync();
    }
}

internal static class PageWaits
{
    /// <summary>Polls a condition on the test side (console events arrive asynchronously).</summary>
    public static async Task WaitForConditionAsync(this IPage page, Func<bool> condition, int timeoutMs = 10_000)
    {
        for (var waited = 0; !condition(); waited += 100)
        {
            if (waited > timeoutMs) throw new TimeoutException("Condition not met in time.");
            await page.WaitForTimeoutAsync(100);
        }
    }
}
