namespace Township.Congress.Reports.Layout;

/// <summary>A table column: header text, width as a fraction of the type area (fractions are normalised), cell alignment.</summary>
/// <param name="MergeRepeated">
/// Merge a cell with the one above when both hold the same text (合并单元格), as Chinese tables do
/// for a group label such as the office in an election table; the text is repeated after a page break.
/// </param>
/// <param name="Names">
/// The cells hold names or lists of names (姓名, 附议代表, 责任人): a name is never broken over two lines,
/// a list wraps at its separators, and a name wider than the cell is printed smaller. Merged group
/// columns are treated so too.
/// </param>
public sealed record TableColumn(string Header, double Width, TextAlignment Alignment = TextAlignment.Center, bool MergeRepeated = false, bool Names = false);
