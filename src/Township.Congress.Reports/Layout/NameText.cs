using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Township.Congress.Reports.Layout;

/// <summary>
/// Names are never broken over two lines (戴永/福): a name is glued into one unbreakable unit with word joiners
/// (U+2060), and a list of names wraps only at its separators (、，,；). A cell too narrow for one name
/// prints that cell in a smaller size instead.
/// </summary>
public static partial class NameText
{
    /// <summary>U+2060 WORD JOINER: no line break on either side; never drawn.</summary>
    public const string Joiner = "\u2060";

    /// <summary>One name as an unbreakable unit.</summary>
    public static string Unbreakable(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length * 2);
        var elements = StringInfo.GetTextElementEnumerator(name.Replace(Joiner, string.Empty, StringComparison.Ordinal));
        while (elements.MoveNext())
        {
            if (builder.Length > 0)
            {
                builder.Append(Joiner);
            }

            builder.Append(elements.GetTextElement());
        }

        return builder.ToString();
    }

    /// <summary>A name or a list of names ("李秀英、欧阳春梅"): each name unbreakable, the separators where the list may wrap.</summary>
    public static string KeepNamesWhole(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        return string.Concat(Separators().Split(text).Select(part => part.Length == 0 || Separators().IsMatch(part) ? part : Unbreakable(part)));
    }

    /// <summary>Text as drawn: without the joiners.</summary>
    public static string Visible(string text) => text.Replace(Joiner, string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"([、，,；;：:\s]+)")]
    private static partial Regex Separators();
}
