using Township.Congress.Web.Features.Suggestions;

namespace Township.Congress.Web.Components.Shared;

/// <summary>Choices of a <see cref="FilterSelect{TItem}"/> from what the list pages load: (id, name) lists, or values and their text.</summary>
public static class FilterChoices
{
    public static IEnumerable<KeyValuePair<Guid, string>> Of(IEnumerable<(Guid Id, string Name)> named) =>
        named.Select(n => KeyValuePair.Create(n.Id, n.Name));

    public static IEnumerable<KeyValuePair<Guid, string>> Of(IEnumerable<NamedOption> named) =>
        named.Select(n => KeyValuePair.Create(n.Id, n.Name));

    public static IEnumerable<KeyValuePair<T, string>> Of<T>(IEnumerable<T> values, Func<T, string> text) where T : struct =>
        values.Select(v => KeyValuePair.Create(v, text(v)));
}
