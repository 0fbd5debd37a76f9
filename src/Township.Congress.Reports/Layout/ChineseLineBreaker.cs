using System.Text;

namespace Township.Congress.Reports.Layout;

/// <summary>
/// Greedy line breaker for mixed Chinese/Latin text: breaks between any two CJK characters and at
/// spaces, keeps Latin/digit runs whole, and applies 避头尾 — a line never starts with closing
/// punctuation nor ends with opening punctuation; the preceding character moves down instead.
/// </summary>
/// <param name="measure">Width of a piece of text in the unit of the widths passed to <see cref="Break(string, double, double)"/>.</param>
public sealed class ChineseLineBreaker(Func<string, double> measure)
{
    // Measured widths are sums of floating-point glyph advances; a full line must not fail by rounding.
    private const double Tolerance = 0.01;

    public IReadOnlyList<string> Break(string text, double width) => Break(text, width, width);

    /// <summary>
    /// Breaks <paramref name="text"/> into lines. The first line may be narrower (first-line indent).
    /// Explicit newlines are kept as hard breaks; an empty input gives one empty line.
    /// </summary>
    public IReadOnlyList<string> Break(string text, double firstLineWidth, double width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        foreach (var segment in text.ReplaceLineEndings("\n").Split('\n'))
        {
            BreakSegment(segment, lines.Count == 0 ? firstLineWidth : width, width, lines);
        }

        return lines;
    }

    private void BreakSegment(string segment, double firstLineWidth, double width, List<string> lines)
    {
        var tokens = TextTokenizer.Tokenize(segment);
        var line = new List<TextToken>();
        var lineWidth = 0.0;
        var available = firstLineWidth;
        var emitted = false;

        void Flush()
        {
            while (line.Count > 0 && line[^1].IsSpace)
            {
                line.RemoveAt(line.Count - 1);
            }

            var builder = new StringBuilder();
            foreach (var token in line)
            {
                builder.Append(token.Text);
            }

            lines.Add(builder.ToString());
            line.Clear();
            lineWidth = 0;
            available = width;
            emitted = true;
        }

        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.IsSpace && line.Count == 0)
            {
                i++; // spaces never start a line
                continue;
            }

            var tokenWidth = measure(token.Text);
            if (lineWidth + tokenWidth <= available + Tolerance)
            {
                line.Add(token);
                lineWidth += tokenWidth;
                i++;
                continue;
            }

            if (token.IsSpace)
            {
                Flush(); // the break happens at the space, which is dropped
                i++;
                continue;
            }

            if (line.Count == 0)
            {
                if (token.Text.Length > 1 && !IsSingleCharacter(token.Text) && !token.Joined)
                {
                    // A word longer than the line (a long number or URL) has to be cut somewhere.
                    tokens.RemoveAt(i);
                    tokens.InsertRange(i, TextTokenizer.SplitIntoCharacters(token));
                    continue;
                }

                line.Add(token); // one character or one name wider than the line: the cell shrinks its font
                i++;
                Flush();
                continue;
            }

            var breakAt = FindBreak(line, token);
            if (breakAt < 0)
            {
                // No legal break: let the closing marks hang past the margin rather than start a line.
                while (i < tokens.Count && tokens[i].MustNotStartLine)
                {
                    line.Add(tokens[i]);
                    i++;
                }

                Flush();
                continue;
            }

            var movedDown = line.Count - breakAt;
            line.RemoveRange(breakAt, movedDown);
            i -= movedDown;
            Flush();
        }

        if (line.Count > 0 || !emitted)
        {
            Flush();
        }
    }

    /// <summary>
    /// Index in <paramref name="line"/> where the next line should begin (line.Count = before
    /// <paramref name="next"/>), moving earlier until neither rule is broken; -1 if impossible.
    /// </summary>
    private static int FindBreak(List<TextToken> line, TextToken next)
    {
        for (var breakAt = line.Count; breakAt >= 1; breakAt--)
        {
            var startsNext = breakAt == line.Count ? next : line[breakAt];
            var endsThis = line[breakAt - 1];
            if (!startsNext.MustNotStartLine && !endsThis.MustNotEndLine && !(endsThis.IsSpace && breakAt == 1))
            {
                return breakAt;
            }
        }

        return -1;
    }

    private static bool IsSingleCharacter(string text) => text.Length == 2 && char.IsSurrogatePair(text[0], text[1]);
}
