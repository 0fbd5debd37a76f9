using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace Township.Congress.Web.Components.Shared;

/// <summary>
/// The markup MudBlazor's link, chip, text and icon button write, as render fragments instead of components, for the
/// places that repeat them per row of a long table or per entry of the navigation menu. A component keeps two render
/// trees and its parameter state for the circuit's life (≈ 4 KB each; docs/county-server.md, "Memory per circuit");
/// a fragment is frames in its parent's tree. Same classes and ARIA as the components (<c>PlainMudTests</c> compares
/// them with the components' own markup), so the theme's CSS and the accessibility checks see no difference.
/// </summary>
public static class PlainMud
{
    /// <summary>MudLink with its defaults (primary, underline on hover): an <c>&lt;a&gt;</c> the browser navigates by itself.</summary>
    public static RenderFragment Link(string href, string text, Typo? typo = null, string? testId = null) => b =>
    {
        b.OpenElement(0, "a");
        b.AddAttribute(1, "href", href);
        b.AddAttribute(2, "class", Classes("mud-typography mud-link mud-primary-text mud-link-underline-hover", typo is { } t ? $"mud-typography-{Name(t)}" : null));
        if (testId is not null) b.AddAttribute(3, "data-testid", testId);
        b.AddContent(4, text);
        b.CloseElement();
    };

    /// <summary>
    /// A MudChip that is not clickable (a label), filled or outlined. MudChip also gives its container a new id, which
    /// only its keyboard handler for clickable chips reads; a label chip needs none.
    /// </summary>
    public static RenderFragment Chip(string text, Color color = Color.Default, Size size = Size.Small, Variant variant = Variant.Filled,
        string? cssClass = null, string? testId = null) => b =>
    {
        b.OpenElement(0, "div");
        b.AddAttribute(1, "class", "mud-chip-container");
        b.OpenElement(2, "div");
        b.AddAttribute(3, "tabindex", "-1");
        b.AddAttribute(4, "class", Classes($"mud-chip mud-chip-{Name(variant)} mud-chip-size-{Name(size)} mud-chip-color-{Name(color)}", cssClass));
        if (testId is not null) b.AddAttribute(5, "data-testid", testId);
        b.OpenElement(6, "span");
        b.AddAttribute(7, "class", "mud-chip-content");
        b.AddContent(8, text);
        b.CloseElement();
        b.CloseElement();
        b.CloseElement();
    };

    /// <summary>MudText as a paragraph in a typography and colour.</summary>
    public static RenderFragment Text(string text, Typo typo = Typo.body1, Color color = Color.Default) => b =>
    {
        b.OpenElement(0, "p");
        b.AddAttribute(1, "class", Classes($"mud-typography mud-typography-{Name(typo)}", color is Color.Default or Color.Inherit ? null : $"mud-{Name(color)}-text"));
        b.AddContent(2, text);
        b.CloseElement();
    };

    /// <summary>
    /// A small MudIconButton's markup (a native <c>&lt;button&gt;</c>, keyboard and focus as the component's, its
    /// <paramref name="label"/> as aria-label) as a string with no handler of its own: the click reaches the table body's
    /// <c>@onrowaction</c> as a <see cref="RowActionEventArgs"/> naming <paramref name="action"/> and <paramref name="row"/>
    /// (wwwroot/js/row-actions.js), so a row's buttons are part of the row's one markup frame.
    /// </summary>
    public static string IconButtonHtml(string icon, string label, string? title, string action, string row) => string.Concat(
        "<button type=\"button\" class=\"mud-button-root mud-icon-button mud-ripple mud-ripple-icon mud-icon-button-size-small\" aria-label=\"",
        Encode(label), "\"", title is null ? "" : $" title=\"{Encode(title)}\"",
        " data-row-action=\"", Encode(action), "\" data-row=\"", Encode(row), "\"><span class=\"mud-icon-button-label\">",
        IconHtml(icon, Size.Small, inheritColor: true), "</span></button>");

    /// <summary>The classes MudButton gives its button (or link) for <paramref name="variant"/> and <paramref name="color"/>, medium size.</summary>
    public static string ButtonClass(Variant variant, Color color = Color.Default) =>
        $"mud-button-root mud-button mud-button-{Name(variant)} mud-button-{Name(variant)}-{Name(color)} mud-button-{Name(variant)}-size-medium mud-ripple";

    /// <summary>
    /// What MudButton writes inside its button: the label with its start icon (in the button's colour). One markup frame,
    /// for a page's plain <c>&lt;button&gt;</c> or <c>&lt;a&gt;</c> with <see cref="ButtonClass"/> instead of a MudButton
    /// and its MudIcon (two components kept by every circuit).
    /// </summary>
    public static RenderFragment ButtonLabel(string startIcon, string text)
    {
        var markup = new MarkupString($"<span class=\"mud-button-label\"><span class=\"mud-button-icon-start mud-button-icon-size-medium\">{IconHtml(startIcon, inheritColor: true)}</span>{Encode(text)}</span>");
        return b => b.AddContent(0, markup);
    }

    /// <summary>
    /// A MudIcon of an SVG icon (the <c>Icons.Material</c> strings), hidden from assistive technology as MudIcon's is;
    /// <paramref name="inheritColor"/> as in an icon button (the button's colour), else the default icon colour. One markup
    /// frame whose string is shared by every use of the same icon and classes (an element with five attributes would be
    /// seven frames in every row's tree).
    /// </summary>
    public static RenderFragment Icon(string icon, Size size = Size.Medium, string? cssClass = null, bool inheritColor = false)
    {
        var markup = new MarkupString(IconHtml(icon, size, cssClass, inheritColor));
        return b => b.AddContent(0, markup);
    }

    /// <summary>The HTML of <see cref="Icon"/>, cached per icon and classes.</summary>
    public static string IconHtml(string icon, Size size = Size.Medium, string? cssClass = null, bool inheritColor = false) =>
        IconCache.GetOrAdd((icon, size, cssClass, inheritColor), static k =>
        {
            var classes = Classes(k.inheritColor ? $"mud-icon-root mud-svg-icon mud-icon-size-{Name(k.size)}" : $"mud-icon-root mud-icon-default mud-svg-icon mud-icon-size-{Name(k.size)}", k.cssClass);
            return $"<svg class=\"{Encode(classes)}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{k.icon}</svg>";
        });

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string icon, Size size, string? cssClass, bool inheritColor), string> IconCache = new();

    /// <summary>The HTML of <see cref="Link"/>, for a run of static cells written as one markup string.</summary>
    public static string LinkHtml(string href, string text, Typo? typo = null, string? testId = null) =>
        $"<a href=\"{Encode(href)}\" class=\"{Classes("mud-typography mud-link mud-primary-text mud-link-underline-hover", typo is { } t ? $"mud-typography-{Name(t)}" : null)}\"" +
        (testId is null ? "" : $" data-testid=\"{Encode(testId)}\"") + $">{Encode(text)}</a>";

    /// <summary>The HTML of <see cref="Chip"/>.</summary>
    public static string ChipHtml(string text, Color color = Color.Default, Size size = Size.Small, Variant variant = Variant.Filled,
        string? cssClass = null, string? testId = null) =>
        $"<div class=\"mud-chip-container\"><div tabindex=\"-1\" class=\"{Encode(Classes($"mud-chip mud-chip-{Name(variant)} mud-chip-size-{Name(size)} mud-chip-color-{Name(color)}", cssClass))}\"" +
        (testId is null ? "" : $" data-testid=\"{Encode(testId)}\"") + $"><span class=\"mud-chip-content\">{Encode(text)}</span></div></div>";

    /// <summary>A table cell as MudTd writes it (<c>mud-table-cell</c>, its <c>data-label</c> for the phone's card view) around HTML.</summary>
    public static string CellHtml(string dataLabel, string innerHtml, string? cssClass = null, string? style = null, string? testId = null) =>
        $"<td class=\"{Encode(Classes("mud-table-cell", cssClass))}\" data-label=\"{Encode(dataLabel)}\"" +
        (style is null ? "" : $" style=\"{Encode(style)}\"") + (testId is null ? "" : $" data-testid=\"{Encode(testId)}\"") + $">{innerHtml}</td>";

    /// <summary>The HTML of <see cref="Text"/>.</summary>
    public static string TextHtml(string text, Typo typo = Typo.body1, Color color = Color.Default) =>
        $"<p class=\"{Classes($"mud-typography mud-typography-{Name(typo)}", color is Color.Default or Color.Inherit ? null : $"mud-{Name(color)}-text")}\">{Encode(text)}</p>";

    /// <summary>HTML-encodes text for a markup string (quotes too, for attribute values).</summary>
    public static string Encode(string? text) => System.Net.WebUtility.HtmlEncode(text ?? "");

    /// <summary>
    /// A MudNavLink: its item, its link (marked active, with aria-current, as Blazor's NavLink marks it for
    /// <paramref name="active"/>) and its icon. <paramref name="onClick"/> lets the drawer close on a phone, as MudNavLink does.
    /// </summary>
    public static RenderFragment NavLink(string href, string icon, string text, bool active, string? testId, IHandleEvent receiver, Func<Task> onClick) => b =>
    {
        b.OpenElement(0, "div");
        b.AddAttribute(1, "class", "mud-nav-item");
        b.OpenElement(2, "a");
        b.AddAttribute(3, "href", href);
        b.AddAttribute(4, "rel", "");
        b.AddAttribute(5, "tabindex", "0");
        if (testId is not null) b.AddAttribute(6, "data-testid", testId);
        b.AddAttribute(7, "class", active ? "mud-nav-link mud-ripple active" : "mud-nav-link mud-ripple");
        if (active) b.AddAttribute(8, "aria-current", "page");
        b.AddAttribute(9, "onclick", EventCallback.Factory.Create<MouseEventArgs>(receiver, onClick));
        b.AddMarkupContent(10, IconHtml(icon, Size.Medium, "mud-nav-link-icon mud-nav-link-icon-default"));
        b.OpenElement(11, "div");
        b.AddAttribute(12, "class", "mud-nav-link-text");
        b.AddContent(13, text);
        b.CloseElement();
        b.CloseElement();
        b.CloseElement();
    };

    // The classes of MudBlazor's layout boxes, for a page to write its own <div>s with: the boxes take child content,
    // which Razor cannot pass as a nested template, and they only write a classed <div> (PlainMudTests compares them).

    /// <summary>A flat MudPaper's classes (<c>Elevation="0" Outlined</c>), the box a list page's filters or figures sit in.</summary>
    public static string PaperClass(string? cssClass = null) => Classes("mud-paper mud-paper-outlined", cssClass);

    /// <summary>A MudGrid's classes with its spacing.</summary>
    public static string GridClass(int spacing) => $"mud-grid mud-grid-spacing-xs-{spacing} justify-start";

    /// <summary>A MudItem's classes: its width in twelfths on a phone (<paramref name="xs"/>) and from the small breakpoint (<paramref name="sm"/>).</summary>
    public static string ItemClass(int xs, int sm) => $"mud-grid-item mud-grid-item-xs-{xs} mud-grid-item-sm-{sm}";

    /// <summary>
    /// Whether Blazor's NavLink would mark <paramref name="href"/> active at <paramref name="currentUri"/>: the same
    /// address (a trailing slash aside, query and fragment ignored), or for <see cref="NavLinkMatch.Prefix"/> a path below it.
    /// </summary>
    public static bool IsActive(NavigationManager navigation, string href, NavLinkMatch match)
    {
        var target = navigation.ToAbsoluteUri(href).AbsoluteUri;
        var current = navigation.Uri;
        var cut = current.IndexOfAny(['?', '#']);
        var path = cut < 0 ? current : current[..cut];
        if (string.Equals(path, target, StringComparison.OrdinalIgnoreCase)) return true;
        if (path.Length == target.Length - 1 && target[^1] == '/' && target.StartsWith(path, StringComparison.OrdinalIgnoreCase)) return true;
        return match == NavLinkMatch.Prefix && current.Length > target.Length && current.StartsWith(target, StringComparison.OrdinalIgnoreCase)
               && (!Unreserved(target[^1]) || !Unreserved(current[target.Length]));
    }

    private static bool Unreserved(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';

    private static string Classes(string own, string? extra) => string.IsNullOrEmpty(extra) ? own : $"{own} {extra}";

    // MudBlazor writes its enums lower-case in class names (Color.Success → "success", Typo.body2 → "body2").
    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
