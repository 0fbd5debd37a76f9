using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace Township.Congress.Web.Components.Layout;

/// <summary>
/// The app's MudBlazor theme, and the stylesheet <see cref="MudThemeProvider"/> writes for it, rendered once per process.
/// A <c>MudThemeProvider</c> in the layout builds that ≈ 13,000-character stylesheet again in every circuit and keeps it
/// in its render trees, and asks each browser for its dark-mode setting (≈ 50 KB a circuit at 300, measured); the page's
/// <c>&lt;head&gt;</c> now carries the one string instead (App.razor; docs/county-server.md, "Memory per circuit"). The colours are tuned
/// for light backgrounds and WCAG AA, so the system's dark mode is deliberately not followed.
/// </summary>
public sealed class CongressTheme(IServiceScopeFactory scopes, ILoggerFactory logs)
{
    private readonly Lazy<Task<string>> _stylesheet = new(() => RenderAsync(scopes, logs));

    public static MudTheme Theme { get; } = new()
    {
        // MudBlazor's default accents (orange #ff9800, green #00c853, red #f44336, pink #ff4081, blue #2196f3) carry
        // white chip text and coloured button text below WCAG AA's 4.5:1; these darker shades of the same hues pass on
        // white and on the page's #f5f5f5 (axe's color-contrast rule, checked in the browser tests).
        PaletteLight = new PaletteLight
        {
            Primary = "#B71C1C", AppbarBackground = "#B71C1C",
            Secondary = "#AD1457", Tertiary = "#00695C", Info = "#01579B", Success = "#2E7D32",
            Warning = "#A35200", Error = "#C62828", TextSecondary = "rgba(0,0,0,0.68)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "sans-serif"] },
        },
    };

    /// <summary>The <c>&lt;style&gt;</c> elements of <see cref="MudThemeProvider"/> for <see cref="Theme"/> (scrollbar, charts, theme variables).</summary>
    public Task<string> StylesheetAsync() => _stylesheet.Value;

    private static async Task<string> RenderAsync(IServiceScopeFactory scopes, ILoggerFactory logs)
    {
        // Rendered statically, the provider runs no JavaScript (that is in its OnAfterRender); its markup is what it would
        // put at the top of the layout.
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, logs);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<MudThemeProvider>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MudThemeProvider.Theme)] = Theme,
                [nameof(MudThemeProvider.ObserveSystemDarkModeChange)] = false,
            }));
            return output.ToHtmlString();
        });
    }
}
