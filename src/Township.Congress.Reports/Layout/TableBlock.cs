using PdfSharp.Drawing;

namespace Township.Congress.Reports.Layout;

/// <summary>
/// A bordered table that flows over pages: rows are never split, and the header row is repeated at
/// the top of every page the table continues on. Columns marked <see cref="TableColumn.MergeRepeated"/>
/// merge equal cells of consecutive rows on the same page.
/// </summary>
/// <remarks>
/// A table keeps its header with at least two rows and never leaves its last row alone on a page; when it
/// continues on a new page under a group heading, the heading is repeated there with "（续）", and so is a
/// merged group cell.
/// </remarks>
internal sealed class TableBlock(IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows, TableStyle style, string? groupHeading = null) : IBlock
{
    /// <summary>Appended to a group heading or merged group cell repeated on the next page.</summary>
    public const string Continued = "（续）";

    private const int MinimumRows = 2;

    private static XPen BorderPen => CellText.BorderPen;

    public bool KeepWithNext => false;

    public double MinimumHeight(LayoutContext context)
    {
        var widths = ColumnWidths(context);
        var height = Layout(context, Headers(), widths, header: true).Height;
        // A table too short to leave two rows on each of two pages moves whole, with what must follow it.
        var whole = rows.Count < 2 * MinimumRows;
        height += rows.Take(whole ? rows.Count : MinimumRows).Select((_, i) => Layout(context, CellsAsContinued(i), widths, header: false).Height).Sum();
        return whole ? height + FormBlock.Reserve(context) : height;
    }

    public void Render(LayoutContext context)
    {
        var widths = ColumnWidths(context);
        var header = Layout(context, Headers(), widths, header: true);
        // A merged continuation cell shows no text, so it must not make its row taller.
        var laidOut = rows.Select((_, i) => Layout(context, CellsAsContinued(i), widths, header: false)).ToList();
        var reserve = FormBlock.Reserve(context);
        var whole = rows.Count < 2 * MinimumRows;
        context.EnsureSpace(header.Height + laidOut.Take(whole ? rows.Count : MinimumRows).Sum(r => r.Height) + (whole ? reserve : 0));
        Draw(context, header, widths, null);

        var firstOnPage = true;
        var onPage = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            // The last two rows go over together (no widow row), and with what must follow the table.
            var lastPair = i == rows.Count - MinimumRows && onPage >= MinimumRows
                && !context.Fits(laidOut[i].Height + laidOut[i + 1].Height + reserve);
            if (!context.Fits(laidOut[i].Height) || lastPair)
            {
                context.NewPage();
                DrawContinuedHeading(context);
                Draw(context, header, widths, null);
                firstOnPage = true;
                onPage = 0;
            }

            if (firstOnPage && i > 0)
            {
                // The group label is repeated at the top of a new page, so lay the row out with its full text.
                laidOut[i] = Layout(context, CellsOnNewPage(i), widths, header: false);
            }

            Draw(context, laidOut[i], widths, Merges(context, laidOut, i, firstOnPage));
            firstOnPage = false;
            onPage++;
        }

        // Half a grid line of air before whatever follows.
        context.Y += PageSetup.LinePitch / 2;
    }

    /// <summary>The group heading the table stands under, repeated as "第一组（续）" above the header on a new page.</summary>
    private void DrawContinuedHeading(LayoutContext context)
    {
        if (string.IsNullOrEmpty(groupHeading))
        {
            return;
        }

        var font = context.Fonts.Get(TextStyle.Heading2);
        context.DrawText(groupHeading + Continued, font, context.Page.LeftMargin + (2 * TextStyle.Heading2.Size), context.Y, PageSetup.LinePitch);
        context.Y += PageSetup.LinePitch;
    }

    /// <summary>A merged group cell continued from the page before reads "第一组（续）".</summary>
    private IReadOnlyList<string> CellsOnNewPage(int row) =>
        rows[row].Select((cell, c) => SameAsAbove(row, c) && cell.Length > 0 ? cell + Continued : cell).ToList();

    private IReadOnlyList<string> Headers() => columns.Select(c => c.Header).ToList();

    private bool SameAsAbove(int row, int column) =>
        columns[column].MergeRepeated && row > 0 && column < rows[row].Count && column < rows[row - 1].Count
        && string.Equals(rows[row][column], rows[row - 1][column], StringComparison.Ordinal);

    private IReadOnlyList<string> CellsAsContinued(int row) =>
        rows[row].Select((cell, c) => SameAsAbove(row, c) ? string.Empty : cell).ToList();

    /// <summary>For each column of row <paramref name="row"/>: whether it continues the cell above and how far the merged cell reaches down on this page.</summary>
    private CellMerge[] Merges(LayoutContext context, List<LaidOutRow> laidOut, int row, bool firstOnPage)
    {
        var merges = new CellMerge[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var span = laidOut[row].Height;
            var y = context.Y + span;
            for (var next = row + 1; next < rows.Count && SameAsAbove(next, c) && y + laidOut[next].Height <= context.Page.BodyBottom + 0.01; next++)
            {
                y += laidOut[next].Height;
            }

            merges[c] = new CellMerge(!firstOnPage && SameAsAbove(row, c), y - context.Y);
        }

        return merges;
    }

    private double[] ColumnWidths(LayoutContext context)
    {
        var total = columns.Sum(c => c.Width);
        return columns.Select(c => context.Page.BodyWidth * c.Width / total).ToArray();
    }

    private LaidOutRow Layout(LayoutContext context, IReadOnlyList<string> cells, double[] widths, bool header)
    {
        var cellStyle = header ? style.HeaderStyle : style.CellStyle;
        var fonts = new XFont[columns.Count];
        var lines = new IReadOnlyList<string>[columns.Count];
        var maxLines = 1;
        for (var c = 0; c < columns.Count; c++)
        {
            var text = c < cells.Count ? cells[c] ?? string.Empty : string.Empty;
            if (!header && (columns[c].Names || columns[c].MergeRepeated))
            {
                text = NameText.KeepNamesWhole(text);
            }

            (fonts[c], lines[c]) = CellText.Fit(context, cellStyle, text, widths[c] - (2 * style.PaddingX));
            maxLines = Math.Max(maxLines, lines[c].Count);
        }

        var height = (maxLines * style.LineHeight) + (2 * style.PaddingY);
        return new LaidOutRow(fonts, lines, header, header ? height : Math.Max(height, style.MinRowHeight));
    }

    private void Draw(LayoutContext context, LaidOutRow row, double[] widths, CellMerge[]? merges)
    {
        var x = context.Page.LeftMargin;
        for (var c = 0; c < columns.Count; c++)
        {
            var merge = merges?[c] ?? new CellMerge(false, row.Height);
            DrawBorders(context.Graphics, x, context.Y, widths[c], row.Height, merge);
            if (!merge.ContinuesAbove)
            {
                DrawCellText(context, row, c, x, widths[c], merge.SpanHeight);
            }

            x += widths[c];
        }

        context.Y += row.Height;
    }

    /// <summary>A merged cell leaves out the rule between its rows: no top edge on a continuation, no bottom edge above one.</summary>
    private static void DrawBorders(XGraphics gfx, double x, double y, double width, double height, CellMerge merge)
    {
        var continuesBelow = merge.SpanHeight > height + 0.01;
        if (!merge.ContinuesAbove && !continuesBelow)
        {
            gfx.DrawRectangle(BorderPen, x, y, width, height);
            return;
        }

        gfx.DrawLine(BorderPen, x, y, x, y + height);
        gfx.DrawLine(BorderPen, x + width, y, x + width, y + height);
        if (!merge.ContinuesAbove)
        {
            gfx.DrawLine(BorderPen, x, y, x + width, y);
        }

        if (!continuesBelow)
        {
            gfx.DrawLine(BorderPen, x, y + height, x + width, y + height);
        }
    }

    private void DrawCellText(LayoutContext context, LaidOutRow row, int column, double x, double width, double spanHeight)
    {
        // Over the whole merged cell: the text of a merged cell sits in the middle of its rows.
        var alignment = row.IsHeader ? TextAlignment.Center : columns[column].Alignment;
        CellText.Draw(context, row.Fonts[column], row.Lines[column], alignment, x, context.Y, width, spanHeight, style);
    }

    private sealed record LaidOutRow(XFont[] Fonts, IReadOnlyList<string>[] Lines, bool IsHeader, double Height);

    /// <param name="SpanHeight">Height from this row's top to the bottom of the merged cell on this page (the row's own height when not merged).</param>
    private readonly record struct CellMerge(bool ContinuesAbove, double SpanHeight);
}
