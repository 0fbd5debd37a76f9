namespace Township.Congress.Reports.Layout;

/// <summary>
/// Breaks a title that does not fit one line the way GB/T 9704 asks (回行时词意完整，排列对称，长短适宜):
/// at the preferred break points the document marked, otherwise into lines of even length, so a
/// title never ends with one or two characters alone on its last line.
/// </summary>
internal static class TitleBreaker
{
    public static IReadOnlyList<string> Break(ChineseLineBreaker breaker, string text, double width)
    {
        var plain = text.Replace(OfficialDocument.PreferredTitleBreak, string.Empty, StringComparison.Ordinal);
        var lines = breaker.Break(plain, width);
        if (lines.Count <= 1)
        {
            return lines;
        }

        if (plain.Length != text.Length)
        {
            return text.Split(OfficialDocument.PreferredTitleBreak).SelectMany(part => Balanced(breaker, part, width)).ToList();
        }

        return Balanced(breaker, plain, width);
    }

    /// <summary>The narrowest width that still needs no more lines than the full width gives the most even lines.</summary>
    private static IReadOnlyList<string> Balanced(ChineseLineBreaker breaker, string text, double width)
    {
        var count = breaker.Break(text, width).Count;
        if (count <= 1)
        {
            return breaker.Break(text, width);
        }

        var low = width / count;
        var high = width;
        // A dozen halvings bring the width within a fraction of a point; the breaker is cheap on a title.
        for (var i = 0; i < 12; i++)
        {
            var middle = (low + high) / 2;
            if (breaker.Break(text, middle).Count > count)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return breaker.Break(text, high);
    }
}
