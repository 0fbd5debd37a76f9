using PdfSharp.Drawing;

namespace Township.Congress.Reports.Layout;

/// <summary>
/// A bordered table that flows over pages: rows are never split, and the header row is repeated at
/// the top of every page the table continues on.
/// </summary>
internal sealed class TableBlock(IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows, TableStyle style) : IBlock
{
    private static readonly XPen BorderPen = new(XColors.Black, 0.5);

    public bool KeepWithNext => false;

    public double MinimumHeight(LayoutContext context)
    {
        var widths = ColumnWidths(context);
        var height = Layout(context, Headers(), widths, header: true).Height;
        return rows.Count == 0 ? height : height + Layout(context, rows[0], widths, header: false).Height;
    }

    public void Render(LayoutContext context)
    {
        var widths = ColumnWidths(context);
        var header = Layout(context, Headers(), widths, header: true);
        var first = rows.Count == 0 ? 0 : Layout(context, rows[0], widths, header: false).Height;
        context.EnsureSpace(header.Height + first);
        Draw(context, header, widths);

        foreach (var row in rows)
        {
            var laidOut = Layout(context, row, widths, header: false);
            if (!context.Fits(laidOut.Height))
            {
                context.NewPage();
                Draw(context, header, widths);
            }

            Draw(context, laidOut, widths);
        }

        // Half a grid line of air before whatever follows.
        context.Y += PageSetup.LinePitch / 2;
    }

    private IReadOnlyList<string> Headers() => columns.Select(c => c.Header).ToList();

    private double[] ColumnWidths(LayoutContext context)
    {
        var total = columns.Sum(c => c.Width);
        return columns.Select(c => context.Page.BodyWidth * c.Width / total).ToArray();
    }

    private LaidOutRow Layout(LayoutContext context, IReadOnlyList<string> cells, double[] widths, bool header)
    {
        var font = context.Fonts.Get(header ? style.HeaderStyle : style.CellStyle);
        var breaker = context.Measurer.BreakerFor(font);
        var lines = new IReadOnlyList<string>[columns.Count];
        var maxLines = 1;
        for (var c = 0; c < columns.Count; c++)
        {
            var text = c < cells.Count ? cells[c] ?? string.Empty : string.Empty;
            lines[c] = breaker.Break(text, widths[c] - (2 * style.PaddingX));
            maxLines = Math.Max(maxLines, lines[c].Count);
        }

        return new LaidOutRow(font, lines, header, (maxLines * style.LineHeight) + (2 * style.PaddingY));
    }

    private void Draw(LayoutContext context, LaidOutRow row, double[] widths)
    {
        var gfx = context.Graphics;
        var x = context.Page.LeftMargin;
        for (var c = 0; c < columns.Count; c++)
        {
            gfx.DrawRectangle(BorderPen, x, context.Y, widths[c], row.Height);
            var cellLines = row.Lines[c];
            // Centre the cell's text block vertically so short cells line up with the tallest one.
            var top = context.Y + ((row.Height - (cellLines.Count * style.LineHeight)) / 2);
            var alignment = row.IsHeader ? TextAlignment.Center : columns[c].Alignment;
            foreach (var line in cellLines)
            {
                var inner = widths[c] - (2 * style.PaddingX);
                var lineWidth = context.Measurer.Width(row.Font, line);
                var offset = alignment switch
                {
                    TextAlignment.Center => (inner - lineWidth) / 2,
                    TextAlignment.Right => inner - lineWidth,
                    _ => 0,
                };
                context.DrawText(line, row.Font, x + style.PaddingX + Math.Max(0, offset), top, style.LineHeight);
                top += style.LineHeight;
            }

            x += widths[c];
        }

        context.Y += row.Height;
    }

    private sealed record LaidOutRow(XFont Font, IReadOnlyList<string>[] Lines, bool IsHeader, double Height);
}
