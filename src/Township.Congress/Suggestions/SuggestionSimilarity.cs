using System.Text;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;

namespace Township.Congress.Suggestions;

/// <summary>A possible duplicate: the overall score, and how alike the titles and the texts are on their own.</summary>
public sealed record SimilarItem(Guid Id, string Number, string Title, SuggestionState State, double Score, double TitleScore = 0, double TextScore = 0);

/// <summary>
/// Duplicate hints while an item is typed: character bigrams compared with the township's items
/// (Dice coefficient). Chinese needs no word segmentation for this: two texts about 修建通村道路
/// share bigrams such as 修建, 通村, 道路 whatever the wording around them. Title and text are
/// scored apart: a long text once drowned an identical title, and an identical title is the
/// surest sign of a duplicate. Both are compared after folding full-width forms and dropping
/// punctuation and spaces, so "关于修建道路的建议。" and "关于修建道路的建议" are the same title.
/// </summary>
public static class SuggestionSimilarity
{
    public const double Threshold = 0.3;

    /// <summary>A title this alike (one or two characters changed) is a hint whatever the texts say.</summary>
    public const double NearTitle = 0.8;

    public static async Task<IReadOnlyList<SimilarItem>> SimilarAsync(this CongressDbContext db, Guid townshipId, string title, string text,
        Guid? exclude = null, int take = 5, CancellationToken ct = default)
    {
        var probeTitle = Normalize(title);
        var probeText = Bigrams(Normalize(Head(text)));
        var probeTitleBigrams = Bigrams(probeTitle);
        if (probeTitleBigrams.Count + probeText.Count == 0) return [];
        var fromYear = Formatting.ChineseDate.TodayInChina(db.Clock).Year - 2;
        var candidates = await db.Suggestions.AsNoTracking()
            .Where(s => s.TownshipId == townshipId && s.Year >= fromYear && s.Id != exclude)
            .Select(s => new { s.Id, s.Year, s.Sequence, s.Title, s.Text, s.State })
            .ToListAsync(ct);
        return candidates
            .Select(c => Score(c.Id, Suggestion.FormatNumber(c.Year, c.Sequence), c.Title, c.State, probeTitle, probeTitleBigrams, probeText, c.Text))
            .Where(c => c.Score >= Threshold)
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.TitleScore).Take(take).ToList();
    }

    private static SimilarItem Score(Guid id, string number, string title, SuggestionState state,
        string probeTitle, HashSet<string> probeTitleBigrams, HashSet<string> probeText, string text)
    {
        var normalized = Normalize(title);
        var titleScore = normalized.Length > 0 && normalized == probeTitle ? 1.0 : Dice(probeTitleBigrams, Bigrams(normalized));
        var textScore = Dice(probeText, Bigrams(Normalize(Head(text))));
        // The mean weighs both (only what was typed, while the other is still empty); a (near-)identical title counts on its own.
        var mean = probeText.Count == 0 ? titleScore : probeTitleBigrams.Count == 0 ? textScore : (titleScore + textScore) / 2;
        var score = titleScore >= NearTitle ? Math.Max(titleScore, mean) : mean;
        return new SimilarItem(id, number, title, state, Math.Round(score, 3), Math.Round(titleScore, 3), Math.Round(textScore, 3));
    }

    /// <summary>The text's first 300 characters: long texts would dilute the score.</summary>
    private static string Head(string text) => text.Length > 300 ? text[..300] : text;

    /// <summary>Full-width forms folded (ＡＢ１ → ab1), lower case, letters and digits only.</summary>
    public static string Normalize(string value)
    {
        var folded = (value ?? "").Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    /// <summary>Bigrams of the title and of the text's first 300 characters together.</summary>
    public static HashSet<string> Bigrams(string title, string text)
    {
        var set = Bigrams(Normalize(title));
        set.UnionWith(Bigrams(Normalize(Head(text))));
        return set;
    }

    private static HashSet<string> Bigrams(string letters)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < letters.Length; i++) set.Add(letters.Substring(i, 2));
        return set;
    }

    public static double Dice(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);
}
