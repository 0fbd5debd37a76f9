using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

public static partial class Ui
{
    /// <summary>Clicks the option of an open Mud select or autocomplete whose whole text is <paramref name="text"/>.</summary>
    public static Task PickAsync(IPage page, string text) =>
        page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(text)}\\s*$") }).First.ClickAsync();

    /// <summary>Opens the MudSelect <paramref name="select"/>, picks the option whose whole text is <paramref name="option"/> and waits for the list to close.</summary>
    public static async Task PickAsync(IPage page, ILocator select, string option)
    {
        await select.ClickAsync();
        await PickAsync(page, option);
        await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }
}
