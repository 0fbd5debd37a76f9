using System.Globalization;
using System.Text;

namespace Township.Congress.Reports.Layout;

/// <summary>
/// Splits text into break units: Chinese may break between any two characters, Latin words and
/// numbers (phone numbers, "2026", "PDF") must stay whole.
/// </summary>
internal static class TextTokenizer
{
    public static List<TextToken> Tokenize(string text)
    {
        var tokens = new List<TextToken>(text.Length);
        var word = new StringBuilder();
        var spaces = new StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (char.IsWhiteSpace(element[0]))
            {
                Emit(word, tokens, isSpace: false);
                spaces.Append(element);
            }
            else if (IsWordCharacter(element))
            {
                Emit(spaces, tokens, isSpace: true);
                word.Append(element);
            }
            else
            {
                Emit(word, tokens, isSpace: false);
                Emit(spaces, tokens, isSpace: true);
                tokens.Add(new TextToken(element, IsSpace: false));
            }
        }

        Emit(word, tokens, isSpace: false);
        Emit(spaces, tokens, isSpace: true);
        return Join(tokens);
    }

    /// <summary>
    /// A word joiner (U+2060, <see cref="NameText.Joiner"/>) glues the tokens on both sides into one that is
    /// never broken, and is itself left out of the text.
    /// </summary>
    private static List<TextToken> Join(List<TextToken> tokens)
    {
        var joined = new List<TextToken>(tokens.Count);
        var glue = false;
        foreach (var token in tokens)
        {
            if (token.Text == NameText.Joiner)
            {
                glue = joined.Count > 0 && !joined[^1].IsSpace;
                continue;
            }

            if (glue && !token.IsSpace)
            {
                joined[^1] = new TextToken(joined[^1].Text + token.Text, IsSpace: false, Joined: true);
            }
            else
            {
                joined.Add(token);
            }

            glue = false;
        }

        return joined;
    }

    /// <summary>Splits a word that is wider than a whole line into single characters.</summary>
    public static IEnumerable<TextToken> SplitIntoCharacters(TextToken token)
    {
        var elements = StringInfo.GetTextElementEnumerator(token.Text);
        while (elements.MoveNext())
        {
            yield return new TextToken(elements.GetTextElement(), token.IsSpace);
        }
    }

    /// <summary>
    /// Letters and digits of alphabetic scripts plus printable ASCII punctuation, so "(2026)", "e-mail"
    /// and "1.5%" are single words. CJK characters and full-width marks stand alone.
    /// </summary>
    private static bool IsWordCharacter(string element)
    {
        var c = element[0];
        if (element == NameText.Joiner)
        {
            return false;
        }

        if (c is > ' ' and <= '~')
        {
            return true;
        }

        return c < '\u2E80' && char.IsLetterOrDigit(c);
    }

    private static void Emit(StringBuilder buffer, List<TextToken> tokens, bool isSpace)
    {
        if (buffer.Length > 0)
        {
            tokens.Add(new TextToken(buffer.ToString(), isSpace));
            buffer.Clear();
        }
    }
}
