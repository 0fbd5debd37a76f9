using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Township.Congress.BrowserTests;

public static partial class Ui
{
    /// <summary>Clicks the option of an open Mud select or autocomplete whose whole text is <paramref name="text"/>.</summary>
    public static Task PickAsync(IPage page, string text) =>
        page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(text)}\\s*$") }).First.ClickAsync();

    /// <summary>
    /// Chooses the option whose text is <paramref name="text"/> in a list filter (<c>FilterSelect</c>: a native select,
    /// so the browser's own choosing, as a keyboard or a screen reader does it).
    /// </summary>
    public static Task ChooseAsync(ILocator select, string text) => select.SelectOptionAsync(new SelectOptionValue { Label = text });

    /// <summary>Opens the MudSelect <paramref name="select"/>, picks the option whose whole text is <paramref name="option"/> and waits for the list to close.</summary>
    public static async Task PickAsync(IPage page, ILocator select, string option)
    {
        await select.ClickAsync();
        await PickAsync(page, option);
        await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }

    /// <summary>Opens the multi-select <paramref name="select"/>, picks each option by its whole text and closes the list.</summary>
    public static async Task PickManyAsync(IPage page, ILocator select, IEnumerable<string> options, ILocator besides)
    {
        await select.ClickAsync();
        foreach (var option in options) await PickAsync(page, option);
        await CloseListAsync(page, besides);
    }

    /// <summary>
    /// Closes an open multi-select list: Escape, or, when the key went elsewhere, a click on <paramref name="besides"/>
    /// (on the overlay, hence forced).
    /// </summary>
    public static async Task CloseListAsync(IPage page, ILocator besides)
    {
        await page.Keyboard.PressAsync("Escape");
        if (await page.Locator(".mud-popover-open").CountAsync() > 0) await besides.ClickAsync(new() { Force = true });
        await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }

    /// <summary>A tab of a MudTabs by the start of its text (tab labels carry counts: "表决（2）").</summary>
    public static ILocator Tab(IPage page, string text) =>
        page.Locator(".mud-tab").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(text)}") });
}
