using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Township.Congress.Reports.Fonts;

namespace Township.Congress.Reports.Layout;

/// <summary>The XFont for each style of one render, created on first use.</summary>
internal sealed class DocumentFonts(IReadOnlyDictionary<FontRole, string> familyNames)
{
    // Unicode (Identity-H CID fonts) always: the automatic choice would split ASCII into a second,
    // WinAnsi font and some viewers then mis-extract mixed text.
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    private readonly Dictionary<TextStyle, XFont> fonts = [];

    public XFont Get(TextStyle style)
    {
        if (!fonts.TryGetValue(style, out var font))
        {
            var fontStyle = style.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular;
            font = new XFont(familyNames[style.Role], style.Size, fontStyle, Unicode);
            fonts[style] = font;
        }

        return font;
    }
}
