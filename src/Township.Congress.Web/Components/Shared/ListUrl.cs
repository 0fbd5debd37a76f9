using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.JSInterop;

namespace Township.Congress.Web.Components.Shared;

/// <summary>
/// A list's filters and page in its URL (?q=&amp;status=&amp;page=…), read back on load, so that reload, back and a shared
/// link show the same rows. A filter is no navigation of its own: writing replaces the history entry. Values the URL
/// cannot mean (an unknown enum name, a number for an enum, a broken id) read as "no filter".
/// </summary>
public static class ListUrl
{
    /// <summary>The URL's non-empty query values by name.</summary>
    public static IReadOnlyDictionary<string, string> Read(string uri) =>
        QueryHelpers.ParseQuery(new Uri(uri).Query).Where(q => !string.IsNullOrEmpty(q.Value.ToString()))
            .ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase);

    public static string? Text(this IReadOnlyDictionary<string, string> query, string key) => query.GetValueOrDefault(key);

    public static Guid? Id(this IReadOnlyDictionary<string, string> query, string key) =>
        Guid.TryParse(query.GetValueOrDefault(key), out var id) ? id : null;

    public static int? Number(this IReadOnlyDictionary<string, string> query, string key) =>
        int.TryParse(query.GetValueOrDefault(key), out var n) ? n : null;

    /// <summary>An enum value by its name only (a number would let "?status=99" through as a value nobody has).</summary>
    public static T? Named<T>(this IReadOnlyDictionary<string, string> query, string key) where T : struct, Enum =>
        query.GetValueOrDefault(key) is { } text && !text.Any(char.IsDigit) && Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value : null;

    /// <summary>The 0-based page of "?page=3" (1-based in the URL, as people count).</summary>
    public static int Page(this IReadOnlyDictionary<string, string> query) => query.Number("page") is > 1 and var p ? p - 1 : 0;

    /// <summary>The 1-based page for the URL, or nothing on the first page.</summary>
    public static string? PageValue(int page) => page > 0 ? (page + 1).ToString() : null;

    /// <summary>
    /// Writes <paramref name="values"/> (null removes one) into the current URL in place of the history entry, and
    /// remembers it as where <paramref name="listPath"/> was left, for an item's back arrow (<see cref="ListReturns"/>).
    /// While the page is prerendered (<paramref name="interactive"/> false) nothing is written: a static render cannot
    /// navigate, and the interactive render that follows writes the same values.
    /// </summary>
    public static void Replace(NavigationManager navigation, IJSRuntime js, ListReturns? returns, string listPath, bool interactive,
        IReadOnlyDictionary<string, object?> values)
    {
        if (!interactive) return;
        Write(navigation, js, returns, listPath, navigation.GetUriWithQueryParameters(values));
    }

    /// <summary>
    /// Puts <paramref name="url"/> (the list's own path with its query) in the address bar in place of the history entry
    /// with <c>history.replaceState</c> (wwwroot/js/list-url.js), not <see cref="NavigationManager.NavigateTo(string, NavigationOptions)"/>:
    /// a navigation comes back from the browser as a location change, and the router renders the page and the layout
    /// again for a URL whose rows are already on screen, after the layout's navigation lock has asked the drafts script
    /// (docs/county-server.md, "Query-only URL changes"). <see cref="NavigationManager.Uri"/> then still holds the URL
    /// the page was opened with: the values are the caller's whole state (every key, null for none), so the query is
    /// always written whole, and lists read their URL only on opening (the browser tells the server the URL on back,
    /// reload and every link). For the same reason the server cannot tell whether the address bar already shows
    /// <paramref name="url"/>; the script compares.
    /// </summary>
    public static void Write(NavigationManager navigation, IJSRuntime js, ListReturns? returns, string listPath, string url)
    {
        returns?.Remember(listPath, navigation.ToBaseRelativePath(url));
        var write = js.InvokeVoidAsync("congressListUrl.replace", url);
        if (!write.IsCompletedSuccessfully) _ = ObserveAsync(write);
    }

    // The address bar is a convenience: a circuit that has gone (a closed tab) or a browser that no longer answers
    // loses nothing, and the fault must not surface as an unobserved exception.
    private static async Task ObserveAsync(ValueTask write)
    {
        try
        {
            await write;
        }
        catch (Exception e) when (e is JSDisconnectedException or JSException or TaskCanceledException or ObjectDisposedException)
        {
        }
    }
}
