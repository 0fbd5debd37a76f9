using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Township.Congress.BrowserTests;

public static partial class Ui
{
    /// <summary>Picks the option with exactly this text from the open MudSelect list.</summary>
    public static Task PickOptionAsync(IPage page, string text) =>
        page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(text)}\\s*$") }).First.ClickAsync();
}
