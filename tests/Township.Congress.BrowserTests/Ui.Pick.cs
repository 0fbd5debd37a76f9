using System.Text.RegularExpressions;

namespace Township.Congress.BrowserTests;

public static partial class Ui
{
    /// <summary>Clicks the option of an open Mud select or autocomplete whose whole text is <paramref name="text"/>.</summary>
    public static Task PickAsync(IPage page, string text) =>
        page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(text)}\\s*$") }).First.ClickAsync();
}
