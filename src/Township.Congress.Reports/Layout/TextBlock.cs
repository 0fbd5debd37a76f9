using PdfSharp.Drawing;

namespace Township.Congress.Reports.Layout;

/// <summary>
/// Title, heading, paragraph or single line: wrapped text on the 22-line grid; titles are broken in balanced
/// lines. A paragraph never leaves a single line at the bottom (orphan) or the top (widow) of a page, and
/// its last two lines stay on the page of what is reserved after it (a signature keeps with its text).
/// </summary>
internal sealed class TextBlock(string text, TextStyle style, TextAlignment alignment, bool indentFirstLine, bool keepWithNext, int blankLinesAfter = 0, bool balanced = false) : IBlock
{
    /// <summary>First-line indent of two characters (空两字).</summary>
    private const int IndentCharacters = 2;

    /// <summary>Fewest lines of a paragraph at the bottom or the top of a page.</summary>
    private const int MinimumLines = 2;

    public bool KeepWithNext => keepWithNext;

    /// <summary>A heading (一、/（一）) in the body: what a table under it repeats on a new page.</summary>
    public bool IsHeading => keepWithNext && (style == TextStyle.Heading1 || style == TextStyle.Heading2) && indentFirstLine;

    public string Text => text;

    public double MinimumHeight(LayoutContext context)
    {
        var lines = Lines(context).Count;
        // Keep a heading whole; of a paragraph only two lines must fit. A paragraph too short to leave two
        // lines on each of two pages moves whole, together with what must follow it (a signature).
        if (keepWithNext)
        {
            return lines * PageSetup.LinePitch;
        }

        return lines < 2 * MinimumLines
            ? (lines * PageSetup.LinePitch) + context.ReserveAfter
            : MinimumLines * PageSetup.LinePitch;
    }

    public void Render(LayoutContext context)
    {
        var font = context.Fonts.Get(style);
        var lines = Lines(context);
        var pitch = PageSetup.LinePitch;
        var i = 0;
        while (i < lines.Count)
        {
            context.EnsureSpace(pitch);
            var here = keepWithNext ? 1 : LinesHere(context, lines.Count - i);
            if (here == 0)
            {
                context.NewPage();
                continue;
            }

            for (var end = i + here; i < end; i++)
            {
                DrawLine(context, font, lines[i], i == 0);
                context.Y += pitch;
            }

            if (i < lines.Count && !keepWithNext)
            {
                context.NewPage();
            }
        }

        for (var b = 0; b < blankLinesAfter && context.Fits(pitch); b++)
        {
            context.Y += pitch;
        }
    }

    /// <summary>How many of the <paramref name="remaining"/> lines go on the current page (0: start on the next).</summary>
    private static int LinesHere(LayoutContext context, int remaining)
    {
        var pitch = PageSetup.LinePitch;
        var room = (int)Math.Floor((context.Page.BodyBottom - context.Y + 0.01) / pitch);
        if (remaining <= room && context.Fits((remaining * pitch) + context.ReserveAfter))
        {
            return remaining;
        }

        // Either the lines run over the page, or they fit but what must follow them does not: then the
        // last two lines go over with it. Never one line alone on either page.
        var here = remaining <= room ? remaining - MinimumLines : room;
        if (remaining - here < MinimumLines)
        {
            here = remaining - MinimumLines;
        }

        if (here < MinimumLines)
        {
            // On an empty page nothing better is possible; elsewhere the paragraph starts on the next page.
            return context.AtPageTop ? Math.Min(remaining, room) : 0;
        }

        return here;
    }

    private void DrawLine(LayoutContext context, XFont font, string line, bool first)
    {
        var tracking = PageSetup.Tracking(style.Size);
        var indent = first && indentFirstLine ? IndentCharacters * (style.Size + tracking) : 0;
        var width = context.Measurer.Width(font, line, tracking);
        var x = context.Page.LeftMargin + alignment switch
        {
            TextAlignment.Center => (context.Page.BodyWidth - width) / 2,
            TextAlignment.Right => context.Page.BodyWidth - width,
            _ => indent,
        };
        context.DrawText(line, font, x, context.Y, PageSetup.LinePitch, tracking);
    }

    /// <summary>The lines, broken once per render: a block is measured for what keeps with it before it is drawn.</summary>
    private IReadOnlyList<string> Lines(LayoutContext context) => context.BrokenLines(this, BreakLines);

    private IReadOnlyList<string> BreakLines(LayoutContext context)
    {
        var font = context.Fonts.Get(style);
        if (balanced)
        {
            return TitleBreaker.Break(context.Measurer.BreakerFor(font), text, context.Page.BodyWidth);
        }

        var tracking = PageSetup.Tracking(style.Size);
        var indent = indentFirstLine ? IndentCharacters * (style.Size + tracking) : 0;
        return context.Measurer.BreakerFor(font, tracking).Break(text, context.Page.BodyWidth - indent, context.Page.BodyWidth);
    }
}
