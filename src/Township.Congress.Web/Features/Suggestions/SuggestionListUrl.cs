using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Township.Congress.Suggestions;

namespace Township.Congress.Web.Features.Suggestions;

/// <summary>
/// The item list's filters and page in its URL (?q=&amp;state=&amp;page=…), so reload, back and a shared link show the
/// same rows. Only values that differ from the defaults are written.
/// </summary>
public static class SuggestionListUrl
{
    private const string AllYears = "all";

    /// <summary>Applies the URL's values to <paramref name="filter"/>; returns the deputy to look up and the page (0-based).</summary>
    public static (Guid? DeputyId, int Page) Read(string uri, SuggestionListFilter filter, int? defaultYear)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri).Query);
        string? One(string key) => query.TryGetValue(key, out var v) && !StringValues.IsNullOrEmpty(v) ? v.ToString() : null;
        filter.Query = One("q");
        filter.TownshipId = Guid.TryParse(One("township"), out var t) ? t : null;
        filter.Year = One("year") is { } y ? (y == AllYears ? null : int.TryParse(y, out var year) ? year : defaultYear) : defaultYear;
        filter.State = Enum.TryParse<SuggestionState>(One("state"), out var s) ? s : null;
        filter.Kind = Enum.TryParse<SuggestionKind>(One("kind"), out var k) ? k : null;
        filter.CategoryId = Guid.TryParse(One("category"), out var c) ? c : null;
        filter.UnitId = Guid.TryParse(One("unit"), out var u) ? u : null;
        filter.KeyItemsOnly = One("key") == "true";
        filter.Quick = One("quick") is SuggestionListFilter.Overdue or SuggestionListFilter.DueSoon ? One("quick")! : SuggestionListFilter.All;
        var page = int.TryParse(One("page"), out var p) && p > 1 ? p - 1 : 0;
        return (Guid.TryParse(One("deputy"), out var d) ? d : null, page);
    }

    /// <summary>The current URL with the filters and page (0-based) written in.</summary>
    public static string Write(NavigationManager navigation, SuggestionListFilter filter, int? defaultYear, int page) =>
        navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["q"] = string.IsNullOrWhiteSpace(filter.Query) ? null : filter.Query,
            ["township"] = filter.TownshipId?.ToString(),
            ["year"] = filter.Year == defaultYear ? null : filter.Year?.ToString() ?? AllYears,
            ["state"] = filter.State?.ToString(),
            ["kind"] = filter.Kind?.ToString(),
            ["category"] = filter.CategoryId?.ToString(),
            ["unit"] = filter.UnitId?.ToString(),
            ["deputy"] = filter.Deputy?.Id.ToString(),
            ["key"] = filter.KeyItemsOnly ? "true" : null,
            ["quick"] = filter.Quick == SuggestionListFilter.All ? null : filter.Quick,
            ["page"] = page > 0 ? (page + 1).ToString() : null,
        });
}
