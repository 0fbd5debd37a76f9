using System.Globalization;
using Township.Congress.Web.Resources;

namespace Township.Congress.Benchmarks.Load;

/// <summary>
/// Finds elements in a circuit's tree as a person (or Playwright's role locators) would: a button by its text or
/// label, an input by its label or placeholder, a tab by its text, a row by its test id. Nothing here knows a
/// MudBlazor component's internals, so pages can change their components without breaking the driver.
/// </summary>
public static class PageQueries
{
    /// <summary>The pager's next-page button as a screen reader names it: MudBlazor's own label (the app does not translate MudBlazor's).</summary>
    public const string NextPage = "Next page";

    /// <summary>A UI string of the app as the page shows it (the neutral resources are the Chinese ones).</summary>
    public static string Ui(string key) => UiText.ResourceManager.GetString(key, CultureInfo.InvariantCulture)
                                           ?? throw new ArgumentException($"no UI string {key}");

    public static IEnumerable<DomElement> ByTestId(this ElementTree tree, string testId) =>
        tree.Elements.Where(e => e["data-testid"] == testId);

    public static IEnumerable<DomElement> ByTestId(this DomContainer within, string testId) =>
        within.Descendants().Where(e => e["data-testid"] == testId);

    public static bool Has(this ElementTree tree, string testId) => tree.ByTestId(testId).Any();

    /// <summary>A button (or an element with role="button") whose text, aria-label or title is <paramref name="name"/>.</summary>
    public static IEnumerable<DomElement> Buttons(this DomContainer within, string name) =>
        within.Descendants().Where(e => IsButton(e) && Names(e, name));

    public static IEnumerable<DomElement> Buttons(this ElementTree tree, string name) => tree.Roots.SelectMany(r => r.Buttons(name));

    /// <summary>A tab (role="tab") whose text starts with <paramref name="name"/> (a tab may show a count after it).</summary>
    public static DomElement? Tab(this ElementTree tree, string name) =>
        tree.Elements.FirstOrDefault(e => e["role"] == "tab" && e.Text.StartsWith(name, StringComparison.Ordinal));

    /// <summary>
    /// The text box a label names: the input the label's <c>for</c> points at, else the one inside the label's own field
    /// (label and input in one container, as form fields are drawn), else an input whose placeholder or aria-label it is.
    /// </summary>
    public static DomElement? Input(this ElementTree tree, string label)
    {
        var elements = tree.Elements.ToList();
        var inputs = elements.Where(e => e.Name is "input" or "textarea").ToList();
        foreach (var l in elements.Where(e => e.Name == "label" && e.Text == label))
        {
            if (l["for"] is { Length: > 0 } id && inputs.FirstOrDefault(i => i["id"] == id) is { } pointed) return pointed;
            for (var field = l.Parent; field is not null; field = field.Parent)
                if (field is DomElement box && box.Descendants().FirstOrDefault(e => e.Name is "input" or "textarea") is { } inside) return inside;
        }
        return inputs.FirstOrDefault(i => i["placeholder"] == label || i["aria-label"] == label);
    }

    private static bool IsButton(DomElement e) => e.Name == "button" || e["role"] == "button";

    private static bool Names(DomElement e, string name) => e.Text == name || e["aria-label"] == name || e["title"] == name;
}
