namespace Township.Congress.Web.Tests.Http;

/// <summary>
/// The theme's stylesheet comes once with each interactive page (CongressTheme in App.razor), not from a
/// MudThemeProvider kept in every circuit: the page's head carries the app's colours and fonts.
/// </summary>
public class ThemeStylesheetTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    [Fact]
    public async Task ASignedInPageCarriesTheThemeInItsHeadOnce()
    {
        var client = await app.LoginAsync("town01");
        var html = await client.GetStringAsync("/roster");
        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];

        // #B71C1C, the darker red chosen for contrast (CongressTheme), as MudBlazor writes it.
        Assert.Contains("--mud-palette-primary: rgba(183,28,28,1)", head);
        Assert.Contains("--mud-palette-appbar-background: rgba(183,28,28,1)", head);
        Assert.Contains("Noto Sans CJK SC", head);
        // Once: not again in the prerendered body (the layout no longer has a provider).
        Assert.Equal(1, Count(html, "--mud-palette-primary:"));
    }

    [Fact]
    public async Task TheLoginPageIsPlainAndCarriesNoTheme()
    {
        var html = await app.Anonymous().GetStringAsync("/login");
        Assert.DoesNotContain("--mud-palette-primary", html);
    }

    private static int Count(string text, string part)
    {
        var n = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
