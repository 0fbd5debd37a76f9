using static Township.Congress.Reports.Documents.Common.MinutesText;

namespace Township.Congress.Reports.Documents.Suggestions;

/// <summary>Wording shared by the letter and the reply form.</summary>
internal static class SuggestionText
{
    public const string None = "无";

    /// <summary>"建议" unless the caller names another kind.</summary>
    public static string Kind(string? kindName) => string.IsNullOrWhiteSpace(kindName) ? "建议" : kindName.Trim();

    public static string Issuer(string? issuer, string townshipName) =>
        string.IsNullOrWhiteSpace(issuer) ? $"{townshipName}人民代表大会主席团" : issuer.Trim();

    /// <summary>The lead unit: the addressee of a lead unit's letter; a co-unit's letter must name it.</summary>
    public static string LeadUnit(AssignmentLetterModel letter)
    {
        if (!letter.IsCoUnit)
        {
            return letter.UnitName;
        }

        return string.IsNullOrWhiteSpace(letter.LeadUnitName)
            ? throw new ArgumentException("A letter to a co-unit needs the lead unit's name (LeadUnitName).", nameof(letter))
            : letter.LeadUnitName.Trim();
    }

    /// <summary>Names joined with 、, or "无" for an empty list, for a form cell that must not stay blank.</summary>
    public static string ListOrNone(IEnumerable<string> names)
    {
        var list = List(names);
        return list.Length == 0 ? None : list;
    }

    /// <summary>The title in 《》, without doubling brackets the caller already typed.</summary>
    public static string Quoted(string title) => $"《{title.Trim().TrimStart('《').TrimEnd('》')}》";

    /// <summary>The paragraphs of a deputy's text: one per line, blank lines and typed indents dropped (the layout indents).</summary>
    public static IReadOnlyList<string> Paragraphs(string text) =>
        (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
}
