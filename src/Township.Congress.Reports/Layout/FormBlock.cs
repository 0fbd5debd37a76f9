using PdfSharp.Drawing;

namespace Township.Congress.Reports.Layout;

/// <summary>
/// A bordered form without a header row: each row has its own cells (label cells in 黑体, value cells in
/// 仿宋), rows are never split, and a row that fills the page stretches to the bottom of the type area.
/// A small form can be kept together on one page.
/// </summary>
internal sealed class FormBlock(IReadOnlyList<FormRow> rows, TableStyle style, bool keepTogether) : IBlock
{
    public bool KeepWithNext => false;

    public double MinimumHeight(LayoutContext context) =>
        keepTogether ? rows.Sum(r => Layout(context, r).Height) : rows.Take(1).Sum(r => Layout(context, r).Height);

    public void Render(LayoutContext context)
    {
        var laidOut = rows.Select(r => Layout(context, r)).ToList();
        if (keepTogether)
        {
            context.EnsureSpace(laidOut.Sum(r => r.Height));
        }

        for (var i = 0; i < laidOut.Count; i++)
        {
            var height = laidOut[i].Height;
            context.EnsureSpace(height);
            if (rows[i].FillsPage)
            {
                // Only as far as the rows below it still fit on this page.
                var below = laidOut.Skip(i + 1).Sum(r => r.Height);
                height = Math.Max(height, context.Page.BodyBottom - context.Y - below);
            }

            Draw(context, laidOut[i], height);
        }

        // Half a grid line of air before whatever follows, as after a table.
        context.Y += PageSetup.LinePitch / 2;
    }

    private LaidOutRow Layout(LayoutContext context, FormRow row)
    {
        var total = row.Cells.Sum(c => c.Width);
        var cells = new List<LaidOutCell>();
        var lines = 1;
        foreach (var cell in row.Cells)
        {
            var width = context.Page.BodyWidth * cell.Width / total;
            var font = context.Fonts.Get(cell.IsLabel ? style.HeaderStyle : style.CellStyle);
            var cellLines = context.Measurer.BreakerFor(font).Break(cell.Text ?? string.Empty, width - (2 * style.PaddingX));
            var alignment = cell.Alignment ?? (cell.IsLabel ? TextAlignment.Center : TextAlignment.Left);
            cells.Add(new LaidOutCell(font, cellLines, alignment, width));
            lines = Math.Max(lines, cellLines.Count);
        }

        var height = (lines * style.LineHeight) + (2 * style.PaddingY);
        return new LaidOutRow(cells, Math.Max(height, Math.Max(row.MinHeight, style.MinRowHeight)));
    }

    private void Draw(LayoutContext context, LaidOutRow row, double height)
    {
        var x = context.Page.LeftMargin;
        foreach (var cell in row.Cells)
        {
            context.Graphics.DrawRectangle(CellText.BorderPen, x, context.Y, cell.Width, height);
            CellText.Draw(context, cell.Font, cell.Lines, cell.Alignment, x, context.Y, cell.Width, height, style);
            x += cell.Width;
        }

        context.Y += height;
    }

    private sealed record LaidOutCell(XFont Font, IReadOnlyList<string> Lines, TextAlignment Alignment, double Width);

    private sealed record LaidOutRow(IReadOnlyList<LaidOutCell> Cells, double Height);
}
