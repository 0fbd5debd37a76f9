using Township.Congress.Web.Features.Suggestions;

namespace Township.Congress.Web.Components.Shared;

/// <summary>Choices of a <see cref="FilterSelect{TItem}"/> from what the list pages load: (id, name) lists, or values and their text.</summary>
public static class FilterChoices
{
    private static long _ids;

    /// <summary>
    /// A new element id for a filter's select, unique in the process (here and not in the generic component: a static
    /// field of <see cref="FilterSelect{TItem}"/> is one per item type, and two filters of a page would share an id).
    /// </summary>
    public static string NextId() => "filter-" + Interlocked.Increment(ref _ids).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static IEnumerable<KeyValuePair<Guid, string>> Of(IEnumerable<(Guid Id, string Name)> named) =>
        named.Select(n => KeyValuePair.Create(n.Id, n.Name));

    public static IEnumerable<KeyValuePair<Guid, string>> Of(IEnumerable<NamedOption> named) =>
        named.Select(n => KeyValuePair.Create(n.Id, n.Name));

    public static IEnumerable<KeyValuePair<T, string>> Of<T>(IEnumerable<T> values, Func<T, string> text) where T : struct =>
        values.Select(v => KeyValuePair.Create(v, text(v)));
}
