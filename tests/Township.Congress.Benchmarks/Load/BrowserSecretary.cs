using Microsoft.Playwright;

namespace Township.Congress.Benchmarks.Load;

/// <summary>
/// A circuit in Debian's Chromium (one browser context per circuit, own cookies), signed in through the login form.
/// Navigations go through <c>Blazor.navigateTo</c>, as a link click in the app does, so they match the protocol client's.
/// </summary>
public sealed class BrowserSecretary : ISecretaryClient
{
    private readonly IBrowserContext _context;
    private readonly IPage _page;

    private BrowserSecretary(IBrowserContext context, IPage page, TownshipFacts facts)
    {
        _context = context;
        _page = page;
        Facts = facts;
    }

    public TownshipFacts Facts { get; }

    public static async Task<BrowserSecretary> SignInAsync(IBrowser browser, Uri baseUri, string userName, string password)
    {
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = baseUri.ToString().TrimEnd('/'), Locale = "zh-CN", TimezoneId = "Asia/Shanghai", ViewportSize = new() { Width = 1440, Height = 900 },
        });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.Locator("input[name=userName]").FillAsync(userName);
        await page.Locator("input[name=password]").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        var facts = await TownshipFacts.ReadAsync(async path =>
        {
            var response = await page.APIRequest.GetAsync(path);
            if (!response.Ok) throw new InvalidOperationException($"{path}: {response.Status}");
            return await response.TextAsync();
        });
        await page.GotoAsync("/roster");
        await page.GetByTestId("interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.GetByTestId("roster-name").First.WaitForAsync();
        return new BrowserSecretary(context, page, facts);
    }

    private ILocator Names => _page.GetByTestId("roster-name");

    public async Task OpenAsync(string path, string readyTestId, CancellationToken stop)
    {
        await _page.EvaluateAsync("p => Blazor.navigateTo(p)", path);
        await _page.GetByTestId(readyTestId).First.WaitForAsync();
    }

    /// <summary>Types a surname; done when the table shows rows that all contain it, or its empty state.</summary>
    public async Task SearchRosterAsync(string text, CancellationToken stop)
    {
        await _page.Locator("[data-testid='roster-search'] input, input[data-testid='roster-search']").First.FillAsync(text);
        await _page.WaitForFunctionAsync(
            "t => { const n = [...document.querySelectorAll(\"[data-testid='roster-name']\")]; " +
            "return document.querySelector('.roster-table .mud-table-empty-row') !== null || (n.length > 0 && n.every(e => e.textContent.includes(t))); }",
            text);
    }

    /// <summary>The pager's "next page" button; done when the first row changes (or at once when there is one page).</summary>
    public async Task NextRosterPageAsync(CancellationToken stop)
    {
        var next = _page.Locator(".roster-table .mud-table-pagination-actions button").Nth(2);
        if (await next.IsDisabledAsync()) return;
        var first = await Names.First.InnerTextAsync();
        await next.ClickAsync();
        await _page.WaitForFunctionAsync(
            "f => { const n = document.querySelector(\"[data-testid='roster-name']\"); return n !== null && n.textContent !== f; }", first);
    }

    public async Task SaveDeputyAsync(int row, CancellationToken stop)
    {
        var rows = _page.GetByTestId("roster-actions");
        await rows.First.WaitForAsync();
        await rows.Nth(row % await rows.CountAsync()).Locator("button").First.ClickAsync();
        var dialog = _page.Locator(".mud-dialog").Last;
        await dialog.GetByTestId("deputy-save").ClickAsync();
        try
        {
            await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        }
        catch (TimeoutException)
        {
            // Tell a refused save (a field's message, a snackbar) from a slow one: the report names what the page said.
            var said = await _page.Locator(".mud-dialog .mud-input-error .mud-input-helper-text, .mud-dialog .mud-alert, .mud-snackbar").AllInnerTextsAsync();
            throw new TimeoutException($"the edit dialog stayed open 60 s; the page said: {(said.Count == 0 ? "nothing" : string.Join(" | ", said))}");
        }
    }

    public async Task MarkRollAsync(Guid sessionId, int row, CancellationToken stop)
    {
        await _page.Locator(".mud-tab").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^点名") }).ClickAsync();
        var rows = _page.GetByTestId("roll-row");
        var emptyOrRows = _page.Locator("[data-testid='roll-empty'], [data-testid='roll-row']").First;
        await emptyOrRows.WaitForAsync();
        if (await rows.CountAsync() == 0)
        {
            // The first circuit of the township prepares the roll; the others find it (or prepare it a second time: a no-op).
            await _page.GetByTestId("prepare-roll").ClickAsync();
            await rows.First.WaitForAsync();
        }
        var target = rows.Nth(row % await rows.CountAsync());
        var deputy = Guid.Parse((await target.GetAttributeAsync("data-deputy"))!);
        var present = await target.GetAttributeAsync("data-status") == "Present";
        var mark = present ? "Absent" : "Present";
        await target.GetByTestId(present ? "mark-absent" : "mark-present").ClickAsync();
        // The row shows the mark at once (before the save); the round trip ends when the saved session carries it.
        await _page.Locator($"[data-testid='roll-row'][data-deputy='{deputy}'][data-status='{mark}']").WaitForAsync();
        await RollMarks.WaitSavedAsync(async path =>
        {
            var response = await _page.APIRequest.GetAsync(path);
            return response.Ok ? await response.TextAsync() : throw new InvalidOperationException($"{path}: {response.Status}");
        }, sessionId, deputy, mark, stop);
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
