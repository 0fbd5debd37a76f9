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

    // Letters and digits of the Basic Multilingual Plane; the rare characters outside it (surrogate pairs) are left to the substring check.
    private static bool IsTermChar(char c) => char.IsLetterOrDigit(c) && !char.IsSurrogate(c);
}
