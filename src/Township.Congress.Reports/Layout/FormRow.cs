namespace Township.Congress.Reports.Layout;

/// <summary>
/// One row of a bordered form (登记表, 答复表): cells of any widths, not shared with the other rows, so a
/// row may hold one label and a wide value while the next holds two pairs. A row is never split over pages.
/// </summary>
/// <param name="MinHeight">Lowest height in points, for cells written in by hand (0: as tall as the text).</param>
/// <param name="FillsPage">
/// The row grows so the form ends at the bottom of the type area, for a blank cell such as 办理情况 that
/// should take whatever room the page has; it keeps at least <paramref name="MinHeight"/>.
/// </param>
public sealed record FormRow(IReadOnlyList<FormCell> Cells, double MinHeight = 0, bool FillsPage = false)
{
    /// <summary>A row of one value cell across the whole form, e.g. the 说明 under a form.</summary>
    public static FormRow FullWidth(string text, TextAlignment alignment = TextAlignment.Left) => new([new FormCell(text, 1, Alignment: alignment)]);
}
