using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Township.Congress.Data;
using Township.Congress.Demo;
using Township.Congress.Security;

namespace Township.Congress.BrowserTests;

/// <summary>
/// One app host and one Chromium for all browser tests. Chromium is Debian's (never Playwright's
/// download): <c>CONGRESS_TEST_CHROMIUM</c>, default <c>/usr/bin/chromium</c>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Password = DemoSeeder.DefaultPassword;

    private IPlaywright? _playwright;

    public CongressAppFactory App { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;
    public string BaseUrl { get; private set; } = "";

    /// <summary>Where screenshots go: <c>CONGRESS_TEST_ARTIFACTS</c>, default a folder under the temp directory.</summary>
    public static string ArtifactsDirectory { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable("CONGRESS_TEST_ARTIFACTS") is { Length: > 0 } dir
            ? dir
            : Path.Combine(Path.GetTempPath(), "congress-browser-tests")).FullName;

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("CONGRESS_TEST_CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium";
        if (!File.Exists(chromium))
            throw new InvalidOperationException(
                $"Chromium not found at '{chromium}'. Install it (apt-get install -y --no-install-recommends chromium, " +
                "which scripts/test.sh does) or point CONGRESS_TEST_CHROMIUM at a Chromium binary. " +
                "Do not run Playwright's browser install.");

        var work = Directory.CreateTempSubdirectory("congress-browser-").FullName;
        App = new CongressAppFactory(work);
        App.StartServer();
        BaseUrl = App.BaseUrl;

        // Two cores run the server, EF and Chromium: give assertions the same patience as actions.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        // A test that did not check its page itself still fails the run on a CSP violation.
        var violations = _cspViolations.Values.SelectMany(v => v).ToList();
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (App is not null)
        {
            var work = App.WorkDirectory;
            await App.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(work, recursive: true); } catch (IOException) { /* best effort */ }
        }
        if (violations.Count > 0)
            throw new InvalidOperationException("Pages broke the Content-Security-Policy:\n" + string.Join("\n", violations.Distinct()));
    }

    /// <summary>A fresh browser context (own cookies) with a desktop viewport and Chinese locale.</summary>
    public async Task<IPage> NewPageAsync(int width = 1440, int height = 900)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl, Locale = "zh-CN", TimezoneId = "Asia/Shanghai",
            ViewportSize = new() { Width = width, Height = height },
        });
        // Generous: CI runs on two loaded cores.
        context.SetDefaultTimeout(30_000);
        // Every page runs under the app's Content-Security-Policy: report each violation on the console,
        // where it is collected and fails the test (Ui.CaptureOnFailureAsync) and, at the latest, the run.
        await context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error(" +
            "`Content Security Policy violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} on ${location.pathname}`));");
        var page = await context.NewPageAsync();
        var violations = _cspViolations.GetOrAdd(page, _ => new());
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal) || message.Text.StartsWith("Refused to", StringComparison.Ordinal))
                violations.Enqueue(message.Text);
        };
        return page;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<IPage, System.Collections.Concurrent.ConcurrentQueue<string>> _cspViolations = new();

    /// <summary>The CSP violations a page has reported so far.</summary>
    public static IReadOnlyList<string> CspViolations(IPage page) =>
        _cspViolations.TryGetValue(page, out var v) ? [.. v] : [];

    /// <summary>Forgets a page's violations (only for the test that provokes one on purpose).</summary>
    public static void ForgetCspViolations(IPage page) => _cspViolations.TryRemove(page, out _);

    public static void AssertNoCspViolations(IPage page)
    {
        var found = CspViolations(page);
        Assert.True(found.Count == 0, "The page broke the Content-Security-Policy:\n" + string.Join("\n", found));
    }

    /// <summary>Signs in through the login form; the browser ends on the page the app redirects to.</summary>
    public static async Task LoginAsync(IPage page, string userName, string password = Password)
    {
        await page.GotoAsync("/login");
        await page.Locator("input[name=userName]").FillAsync(userName);
        await page.Locator("input[name=password]").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        // Commit, not load: the page after sign-in may still be busy; callers wait for what they need.
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal),
            new() { WaitUntil = WaitUntilState.Commit, Timeout = 30_000 });
    }

    /// <summary>Opens a page and waits until its circuit is interactive (earlier clicks are swallowed).</summary>
    public static async Task GotoInteractiveAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.GetByTestId("interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>A context that sees every township (for looking up expected values).</summary>
    public CongressDbContext SystemDb() => new(
        App.Services.GetRequiredService<DbContextOptions<CongressDbContext>>(), TownshipScope.System("browser-tests"));
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
