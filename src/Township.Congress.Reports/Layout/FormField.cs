namespace Township.Congress.Reports.Layout;

/// <summary>A label and its value in a <see cref="FormGrid"/>, e.g. "领衔代表" and "张三"; an empty value leaves a cell to fill in by hand.</summary>
/// <param name="Names">The value is a name or a list of names (领衔代表, 附议代表, 主办单位): never broken inside a name.</param>
public sealed record FormField(string Label, string Value, TextAlignment ValueAlignment = TextAlignment.Left, bool Names = false);
