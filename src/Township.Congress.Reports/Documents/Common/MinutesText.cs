using System.Globalization;
using Township.Congress.Reports.Layout;

namespace Township.Congress.Reports.Documents.Common;

/// <summary>Small text helpers shared by the minutes.</summary>
internal static class MinutesText
{
    /// <summary>Names joined with the enumeration comma 、, as Chinese lists are written; no name is broken over two lines.</summary>
    public static string List(IEnumerable<string> items) => string.Join("、", items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(NameText.Unbreakable));

    /// <summary>Ends a sentence with 。 unless it already ends with closing punctuation.</summary>
    public static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || "。！？；：…".Contains(trimmed[^1], StringComparison.Ordinal) ? trimmed : trimmed + "。";
    }

    /// <summary>
    /// Marks the title to break after the body's name ("…人民代表大会" / "…主席团"), so a two-line title
    /// reads "城关镇第十三届人民代表大会 / 第三次会议纪要" rather than breaking inside a word.
    /// </summary>
    public static string TitleBreakingAfter(string title, string marker)
    {
        var at = title.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 || at + marker.Length >= title.Length ? title : title.Insert(at + marker.Length, OfficialDocument.PreferredTitleBreak);
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
