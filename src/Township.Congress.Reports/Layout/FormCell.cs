namespace Township.Congress.Reports.Layout;

/// <summary>One cell of a <see cref="FormRow"/>.</summary>
/// <param name="Width">Share of the row's width; the widths of a row are normalised to the type area.</param>
/// <param name="IsLabel">A label (填表项目) is printed in 黑体 and centred; a value in 仿宋 and aligned as <paramref name="Alignment"/> says.</param>
/// <param name="Alignment">Horizontal alignment; null: centred for labels, left for values.</param>
/// <param name="Names">The value is a name or a list of names: never broken inside a name (see <see cref="NameText"/>).</param>
public sealed record FormCell(string Text, double Width, bool IsLabel = false, TextAlignment? Alignment = null, bool Names = false);
