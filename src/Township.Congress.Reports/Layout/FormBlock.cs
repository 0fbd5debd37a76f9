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
        keepTogether ? rows.Sum(r => Layout(context, r).Height) + Reserve(context) : rows.Take(1).Sum(r => Layout(context, r).Height);

    public void Render(LayoutContext context)
    {
        var laidOut = rows.Select(r => Layout(context, r)).ToList();
        if (keepTogether)
        {
            // With a signature after it, the form moves to the signature's page rather than leave it alone.
            context.EnsureSpace(laidOut.Sum(r => r.Height) + Reserve(context));
        }

        for (var i = 0; i < laidOut.Count; i++)
        {
            var height = laidOut[i].Height;
            // The last row keeps with what is reserved after the form (a signature).
            context.EnsureSpace(i == laidOut.Count - 1 ? height + Reserve(context) : height);
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

    /// <summary>What must follow on this page, with the half line of air the form leaves below itself.</summary>
    internal static double Reserve(LayoutContext context) => context.ReserveAfter > 0 ? context.ReserveAfter + (PageSetup.LinePitch / 2) : 0;

    private LaidOutRow Layout(LayoutContext context, FormRow row)
    {
        var total = row.Cells.Sum(c => c.Width);
        var cells = new List<LaidOutCell>();
        var lines = 1;
        foreach (var cell in row.Cells)
        {
            var width = context.Page.BodyWidth * cell.Width / total;
            var text = cell.Names ? NameText.KeepNamesWhole(cell.Text) : cell.Text ?? string.Empty;
            var (font, cellLines) = CellText.Fit(context, cell.IsLabel ? style.HeaderStyle : style.CellStyle, text, width - (2 * style.PaddingX));
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
