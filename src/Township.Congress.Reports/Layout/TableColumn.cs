namespace Township.Congress.Reports.Layout;

/// <summary>A table column: header text, width as a fraction of the type area (fractions are normalised), cell alignment.</summary>
/// <param name="MergeRepeated">
/// Merge a cell with the one above when both hold the same text (合并单元格), as Chinese tables do
/// for a group label such as the office in an election table; the text is repeated after a page break.
/// </param>
public sealed record TableColumn(string Header, double Width, TextAlignment Alignment = TextAlignment.Center, bool MergeRepeated = false);
