namespace Township.Congress.Reports.Layout;

/// <summary>Title, heading, paragraph or single line: wrapped text on the 22-line grid; titles are broken in balanced lines.</summary>
internal sealed class TextBlock(string text, TextStyle style, TextAlignment alignment, bool indentFirstLine, bool keepWithNext, int blankLinesAfter = 0, bool balanced = false) : IBlock
{
    /// <summary>First-line indent of two characters (空两字).</summary>
    private const int IndentCharacters = 2;

    public bool KeepWithNext => keepWithNext;

    public double MinimumHeight(LayoutContext context)
    {
        var lines = Lines(context).Count;
        // Keep a heading whole; for a paragraph only two lines must fit (no single orphan line).
        return (keepWithNext ? lines : Math.Min(lines, 2)) * PageSetup.LinePitch;
    }

    public void Render(LayoutContext context)
    {
        var font = context.Fonts.Get(style);
        var lines = Lines(context);
        var pitch = PageSetup.LinePitch;
        for (var i = 0; i < lines.Count; i++)
        {
            context.EnsureSpace(pitch);
            var indent = i == 0 && indentFirstLine ? IndentCharacters * style.Size : 0;
            var width = context.Measurer.Width(font, lines[i]);
            var x = context.Page.LeftMargin + alignment switch
            {
                TextAlignment.Center => (context.Page.BodyWidth - width) / 2,
                TextAlignment.Right => context.Page.BodyWidth - width,
                _ => indent,
            };
            context.DrawText(lines[i], font, x, context.Y, pitch);
            context.Y += pitch;
        }

        for (var i = 0; i < blankLinesAfter && context.Fits(pitch); i++)
        {
            context.Y += pitch;
        }
    }

    private IReadOnlyList<string> Lines(LayoutContext context)
    {
        var font = context.Fonts.Get(style);
        if (balanced)
        {
            return TitleBreaker.Break(context.Measurer.BreakerFor(font), text, context.Page.BodyWidth);
        }

        var indent = indentFirstLine ? IndentCharacters * style.Size : 0;
        return context.Measurer.BreakerFor(font).Break(text, context.Page.BodyWidth - indent, context.Page.BodyWidth);
    }
}
