using PdfSharp.Drawing;

namespace Township.Congress.Reports.Layout;

/// <summary>Borders and text of one cell, shared by tables and forms so both look alike.</summary>
internal static class CellText
{
    public static readonly XPen BorderPen = new(XColors.Black, 0.5);

    /// <summary>
    /// Draws the lines of a cell, centred vertically over <paramref name="height"/> so short cells line up
    /// with the tallest one, and aligned horizontally inside the padding.
    /// </summary>
    public static void Draw(LayoutContext context, XFont font, IReadOnlyList<string> lines, TextAlignment alignment, double x, double y, double width, double height, TableStyle style)
    {
        var top = y + ((height - (lines.Count * style.LineHeight)) / 2);
        var inner = width - (2 * style.PaddingX);
        foreach (var line in lines)
        {
            var lineWidth = context.Measurer.Width(font, line);
            var offset = alignment switch
            {
                TextAlignment.Center => (inner - lineWidth) / 2,
                TextAlignment.Right => inner - lineWidth,
                _ => 0,
            };
            context.DrawText(line, font, x + style.PaddingX + Math.Max(0, offset), top, style.LineHeight);
            top += style.LineHeight;
        }
    }
}
