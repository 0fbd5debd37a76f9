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

    /// <summary>
    /// All pages' compact text as one string with the page numbers ("—1—", drawn last on each page)
    /// taken out, so a paragraph that runs over a page break reads back whole.
    /// </summary>
    public static string BodyCompact(byte[] pdf) =>
        string.Concat(PagesCompact(pdf).Select((page, i) =>
        {
            var number = $"—{i + 1}—";
            return page.EndsWith(number, StringComparison.Ordinal) ? page[..^number.Length] : page;
        }));

    /// <summary>Text of each page in drawing order, spaces kept.</summary>
    public static List<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))).ToList();
    }
}
