namespace Township.Congress.Reports.Layout;

/// <summary>A label and its value in a <see cref="FormGrid"/>, e.g. "领衔代表" and "张三"; an empty value leaves a cell to fill in by hand.</summary>
public sealed record FormField(string Label, string Value, TextAlignment ValueAlignment = TextAlignment.Left);
