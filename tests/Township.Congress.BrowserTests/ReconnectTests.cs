using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

/// <summary>
/// A signed-in page whose connection drops for 60 s (a laptop's Wi-Fi, a proxy restart): while the server still keeps
/// its circuit it reconnects to it and keeps its state; once the circuit is gone it reloads, still signed in.
/// Either way the page works afterwards (docs/county-server.md, "Dropped connections").
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ReconnectTests(BrowserFixture fixture)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_page_offline_for_a_minute_reconnects_to_its_circuit_and_works()
    {
        var page = await fixture.NewPageAsync();
        await Ui.CaptureOnFailureAsync(page, nameof(A_page_offline_for_a_minute_reconnects_to_its_circuit_and_works), async () =>
        {
            await RosterAsync(page, "town01");
            // A mark in the page's window: a reload would clear it, a reconnection keeps it.
            await page.EvaluateAsync("window.__beforeOutage = true");
            await DropConnectionAsync(page);

            await Expect(page.Locator("#components-reconnect-modal")).ToBeHiddenAsync(new() { Timeout = 90_000 });
            Assert.True(await page.EvaluateAsync<bool>("window.__beforeOutage === true"), "the page reloaded instead of reconnecting");
            await SearchWorksAsync(page);
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_page_whose_circuit_expired_while_offline_reloads_signed_in_and_works()
    {
        var work = Directory.CreateTempSubdirectory("congress-reconnect-").FullName;
        // The server forgets a dropped circuit after 10 s, so a minute away finds it gone.
        await using var app = new CongressAppFactory(work, new Dictionary<string, string?> { ["Circuits:DisconnectedRetentionSeconds"] = "10" });
        app.StartServer();
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1440, Height = 900 } });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await Ui.CaptureOnFailureAsync(page, nameof(A_page_whose_circuit_expired_while_offline_reloads_signed_in_and_works), async () =>
        {
            await RosterAsync(page, "town02");
            await DropConnectionAsync(page);

            // The server no longer knows the circuit: the page starts a new one (resumed from the persisted state, or
            // by reloading itself) on the same address, signed in by its cookie.
            await Expect(page.Locator("#components-reconnect-modal")).ToBeHiddenAsync(new() { Timeout = 90_000 });
            await page.GetByTestId("interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await Expect(page).ToHaveURLAsync(RosterAddress());
            await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
            await SearchWorksAsync(page);
        });
        await context.CloseAsync();
    }

    private static async Task RosterAsync(IPage page, string userName)
    {
        await BrowserFixture.LoginAsync(page, userName);
        await BrowserFixture.GotoInteractiveAsync(page, "/roster");
        await Expect(Ui.NameCells(page).First).ToBeVisibleAsync();
    }

    /// <summary>
    /// Takes the page off the network for <see cref="Outage"/>: offline, every attempt to open the hub's connection
    /// refused, and the open WebSocket closed; the reconnect dialog shows; then the network comes back.
    /// </summary>
    private static async Task DropConnectionAsync(IPage page)
    {
        await page.Context.SetOfflineAsync(true);
        await page.RouteAsync(BlazorHub(), route => route.AbortAsync("internetdisconnected"));
        await page.RouteWebSocketAsync(BlazorHub(), ws => ws.CloseAsync());
        await page.EvaluateAsync("Blazor._internal.forceCloseConnection()");
        await Expect(page.Locator("#components-reconnect-modal")).ToBeVisibleAsync();
        await Task.Delay(Outage);
        await page.UnrouteAllAsync();
        await page.Context.SetOfflineAsync(false);
    }

    /// <summary>The page answers: a search for the name in the last row lists only rows with that name, that one first.</summary>
    private static async Task SearchWorksAsync(IPage page)
    {
        await Expect(Ui.NameCells(page).First).ToBeVisibleAsync();
        var name = (await Ui.NameCells(page).Last.InnerTextAsync()).Trim();
        await Ui.Input(page, "roster-search").FillAsync(name);
        await Expect(Ui.NameCells(page).First).ToHaveTextAsync(name);
        var shown = await Ui.NameCells(page).AllInnerTextsAsync();
        Assert.NotEmpty(shown);
        Assert.All(shown, n => Assert.Contains(name, n, StringComparison.Ordinal));
    }

    [GeneratedRegex("/_blazor")]
    private static partial Regex BlazorHub();

    [GeneratedRegex("/roster$")]
    private static partial Regex RosterAddress();
}
