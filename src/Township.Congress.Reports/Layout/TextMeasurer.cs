using PdfSharp.Drawing;

namespace Township.Congress.Reports.Layout;

/// <summary>
/// Measures text on a PDFsharp measure context and remembers the widths, because the breaker asks
/// for the same characters and words again and again (a 160-row table measures thousands of tokens).
/// </summary>
internal sealed class TextMeasurer(XGraphics measureContext)
{
    private readonly Dictionary<(XFont Font, string Text), double> widths = [];

    public double Width(XFont font, string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (!widths.TryGetValue((font, text), out var width))
        {
            width = measureContext.MeasureString(text, font).Width;
            widths[(font, text)] = width;
        }

        return width;
    }

    public ChineseLineBreaker BreakerFor(XFont font) => new(text => Width(font, text));

    /// <summary>Width with <paramref name="tracking"/> points added after each character (the GB/T grid of running text).</summary>
    public double Width(XFont font, string text, double tracking) =>
        tracking == 0 ? Width(font, text) : Width(font, text) + (tracking * new System.Globalization.StringInfo(text).LengthInTextElements);

    public ChineseLineBreaker BreakerFor(XFont font, double tracking) =>
        tracking == 0 ? BreakerFor(font) : new(text => Width(font, text, tracking));
}
