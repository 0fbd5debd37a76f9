using PdfSharp.Drawing;

namespace Township.Congress.Reports.Layout;

/// <summary>Borders and text of one cell, shared by tables and forms so both look alike.</summary>
internal static class CellText
{
    public static readonly XPen BorderPen = new(XColors.Black, 0.5);

    /// <summary>
    /// Breaks a cell's text; when an unbreakable unit (a name) is wider than the cell, the cell is set in a
    /// smaller size until it fits (down to 60 %), rather than the name being cut.
    /// </summary>
    public static (XFont Font, IReadOnlyList<string> Lines) Fit(LayoutContext context, TextStyle style, string text, double width)
    {
        var font = context.Fonts.Get(style);
        var lines = context.Measurer.BreakerFor(font).Break(text, width);
        var widest = lines.Count == 0 ? 0 : lines.Max(l => context.Measurer.Width(font, l));
        if (widest <= width + 0.01)
        {
            return (font, lines);
        }

        // Half-point steps keep the number of distinct font sizes (and of font objects) small.
        var size = Math.Max(style.Size * 0.6, Math.Floor(style.Size * width / widest * 2) / 2);
        font = context.Fonts.Get(style with { Size = size });
        return (font, context.Measurer.BreakerFor(font).Break(text, width));
    }

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
