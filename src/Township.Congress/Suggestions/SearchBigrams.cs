namespace Township.Congress.Suggestions;

/// <summary>
/// Character bigrams for keyword search. Chinese has no spaces between words, so instead of
/// segmenting, every two adjacent letters or digits form a term ("修建道路" → 修建, 建道, 道路);
/// a keyword's bigrams must all occur in an item that contains the keyword. Punctuation and
/// spaces break runs, so no bigram spans them.
/// </summary>
public static class SearchBigrams
{
    public static IReadOnlyCollection<string> Of(string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var lower = text.ToLowerInvariant();
        for (var i = 0; i + 1 < lower.Length; i++)
        {
            if (IsTermChar(lower[i]) && IsTermChar(lower[i + 1])) terms.Add(lower.Substring(i, 2));
        }
        return terms;
    }

    /// <summary>
    /// <see cref="Of"/> joined by spaces, in the same order, as an item stores them: built in one buffer,
    /// without a string per bigram (an import of thousands of items made millions of them).
    /// </summary>
    public static string Joined(string text)
    {
        var lower = text.ToLowerInvariant();
        var seen = new HashSet<int>();
        var joined = new System.Text.StringBuilder(lower.Length * 3);
        for (var i = 0; i + 1 < lower.Length; i++)
        {
            if (!IsTermChar(lower[i]) || !IsTermChar(lower[i + 1]) || !seen.Add(lower[i] << 16 | lower[i + 1])) continue;
            if (joined.Length > 0) joined.Append(' ');
            joined.Append(lower[i]).Append(lower[i + 1]);
        }
        return joined.ToString();
    }

    // Letters and digits of the Basic Multilingual Plane; the rare characters outside it (surrogate pairs) are left to the substring check.
    private static bool IsTermChar(char c) => char.IsLetterOrDigit(c) && !char.IsSurrogate(c);
}
