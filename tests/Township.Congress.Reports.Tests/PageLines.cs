using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;

namespace Township.Congress.Reports.Tests;

/// <summary>A page read back as lines of the type area (the page number below it left out), left to right.</summary>
internal sealed record PageLine(string Text, double Left, double Baseline, IReadOnlyList<Letter> Letters)
{
    private const double PointsPerMm = 72 / 25.4;

    /// <summary>Lines from top to bottom; letters within half a point of one baseline make one line.</summary>
    public static List<PageLine> Of(Page page, double bottomMarginMm = 35)
    {
        var floor = (bottomMarginMm * PointsPerMm) - 1;
        return page.Letters
            .Where(l => l.StartBaseLine.Y > floor && !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y * 2) / 2)
            .OrderByDescending(g => g.Key)
            .Select(g =>
            {
                var letters = g.OrderBy(l => l.StartBaseLine.X).ToList();
                return new PageLine(string.Concat(letters.Select(l => l.Value)), letters[0].StartBaseLine.X, g.Key, letters);
            })
            .ToList();
    }

    /// <summary>The issuer or date of a signature (right of the middle of the type area), a date, or the 附件 note.</summary>
    public bool IsSignatureOrNote(double pageWidth) =>
        Regex.IsMatch(Text, @"^\d{4}年\d{1,2}月\d{1,2}日$") || Text.StartsWith("附件：", StringComparison.Ordinal)
        || Left > pageWidth * 0.45;
}
