using UglyToad.PdfPig;

namespace Township.Congress.Reports.Tests;

/// <summary>Reads a PDF back with PdfPig, as a viewer's copy/search would.</summary>
internal static class PdfText
{
    /// <summary>Text of each page in drawing order, with whitespace removed so wrapped cells still match.</summary>
    public static List<string> PagesCompact(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages()
            .Select(p => string.Concat(p.Letters.Select(l => l.Value)).Replace(" ", string.Empty, StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>Text of each page in drawing order, spaces kept.</summary>
    public static List<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))).ToList();
    }
}
