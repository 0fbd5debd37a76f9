using System.Text.RegularExpressions;

namespace Township.Congress.BrowserTests;

/// <summary>Locators for MudBlazor markup, and failure evidence.</summary>
public static partial class Ui
{
    /// <summary>
    /// The &lt;input&gt; (or &lt;textarea&gt;) of a Mud field: the data-testid may land on the input itself or on a
    /// wrapper around it, depending on the component.
    /// </summary>
    public static ILocator Input(ILocator scope, string testId) =>
        scope.Locator($"input[data-testid='{testId}'], textarea[data-testid='{testId}'], " +
                      $"[data-testid='{testId}'] input:not([type=hidden]), [data-testid='{testId}'] textarea").First;

    public static ILocator Input(IPage page, string testId) => Input(page.Locator("body"), testId);

    /// <summary>The roster's name cells (one per visible row).</summary>
    public static ILocator NameCells(IPage page) => page.GetByTestId("roster-table").Locator("tbody td[data-label='姓名']");

    /// <summary>The pager's "第 a–b 条，共 N 条".</summary>
    public static ILocator PagerInfo(IPage page) => page.GetByTestId("roster-table").GetByText(PagerTotal());

    /// <summary>Waits until the pager shows exactly <paramref name="total"/> rows in all.</summary>
    public static Task ExpectTotalAsync(IPage page, int total) =>
        Assertions.Expect(page.GetByTestId("roster-table").GetByText($"共 {total} 条")).ToBeVisibleAsync();

    /// <summary>The open dialog (MudBlazor renders dialogs in a provider outside the page body).</summary>
    public static ILocator Dialog(IPage page) => page.Locator(".mud-dialog").Last;

    /// <summary>Runs a test body; on failure keeps a screenshot and the HTML for the report.</summary>
    public static async Task CaptureOnFailureAsync(IPage page, string name, Func<Task> body)
    {
        try
        {
            await body();
            BrowserFixture.AssertNoCspViolations(page);
        }
        catch
        {
            var stem = Path.Combine(BrowserFixture.ArtifactsDirectory, $"failed-{name}");
            try
            {
                await page.ScreenshotAsync(new() { Path = stem + ".png", FullPage = true });
                await File.WriteAllTextAsync(stem + ".html", await page.ContentAsync());
            }
            catch (PlaywrightException) { /* the page may be gone; the original failure matters */ }
            throw;
        }
    }

    [GeneratedRegex(@"共 (\d+) 条")]
    private static partial Regex PagerTotal();
}
