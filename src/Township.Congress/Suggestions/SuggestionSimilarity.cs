using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;

namespace Township.Congress.Suggestions;

public sealed record SimilarItem(Guid Id, string Number, string Title, SuggestionState State, double Score);

/// <summary>
/// Duplicate hints while an item is typed: character bigrams of title and text compared with
/// the township's items (Dice coefficient). Chinese needs no word segmentation for this: two
/// texts about 修建通村道路 share bigrams such as 修建, 通村, 道路 whatever the wording around them.
/// </summary>
public static class SuggestionSimilarity
{
    public const double Threshold = 0.3;

    public static async Task<IReadOnlyList<SimilarItem>> SimilarAsync(this CongressDbContext db, Guid townshipId, string title, string text,
        Guid? exclude = null, int take = 5, CancellationToken ct = default)
    {
        var probe = Bigrams(title, text);
        if (probe.Count == 0) return [];
        var fromYear = Formatting.ChineseDate.TodayInChina(db.Clock).Year - 2;
        var candidates = await db.Suggestions.AsNoTracking()
            .Where(s => s.TownshipId == townshipId && s.Year >= fromYear && s.Id != exclude)
            .Select(s => new { s.Id, s.Year, s.Sequence, s.Title, s.Text, s.State })
            .ToListAsync(ct);
        return candidates
            .Select(c => new SimilarItem(c.Id, Suggestion.FormatNumber(c.Year, c.Sequence), c.Title, c.State, Dice(probe, Bigrams(c.Title, c.Text))))
            .Where(c => c.Score >= Threshold)
            .OrderByDescending(c => c.Score).Take(take).ToList();
    }

    /// <summary>Bigrams of the title and of the text's first 300 characters (long texts would dilute the score).</summary>
    public static HashSet<string> Bigrams(string title, string text)
    {
        var set = new HashSet<string>();
        foreach (var part in new[] { title, text.Length > 300 ? text[..300] : text })
        {
            var letters = new string(part.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
            for (var i = 0; i + 1 < letters.Length; i++) set.Add(letters.Substring(i, 2));
        }
        return set;
    }

    public static double Dice(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);
}
