using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

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

    /// <summary>The letters spelling <paramref name="text"/> where it first appears on <paramref name="page"/>, to measure where it was drawn.</summary>
    public static List<Letter> Run(Page page, string text)
    {
        var letters = page.Letters;
        for (var i = 0; i + text.Length <= letters.Count; i++)
        {
            if (string.Concat(letters.Skip(i).Take(text.Length).Select(l => l.Value)) == text)
            {
                return letters.Skip(i).Take(text.Length).ToList();
            }
        }

        throw new InvalidOperationException($"'{text}' not found");
    }
}
