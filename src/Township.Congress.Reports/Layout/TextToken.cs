namespace Township.Congress.Reports.Layout;

/// <summary>An unbreakable piece of text: one CJK character or mark, a Latin/digit word, a run of spaces, or a name (<paramref name="Joined"/>: never cut).</summary>
internal readonly record struct TextToken(string Text, bool IsSpace, bool Joined = false)
{
    public bool MustNotStartLine => !IsSpace && ChinesePunctuation.IsNotAtLineStart(Text[0]);

    public bool MustNotEndLine => !IsSpace && ChinesePunctuation.IsNotAtLineEnd(Text[^1]);
}
