namespace Township.Congress.Model;

/// <summary>One page of a long list and the size of the whole list.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total);
