namespace Township.Congress.Reports.Layout;

/// <summary>The line-breaking rules (避头尾) of Chinese typesetting.</summary>
public static class ChinesePunctuation
{
    /// <summary>Marks that must not begin a line: closing brackets and quotes, stops, commas, colons, ellipses.</summary>
    public const string NotAtLineStart = "。，、；：？！）」』》〉】〕〗〙〛”’．，…‥·・％‰℃°々〃ー）],.;:?!)}%";

    /// <summary>Marks that must not end a line: opening brackets and quotes.</summary>
    public const string NotAtLineEnd = "（「『《〈【〔〖〘〚“‘([{￥$";

    public static bool IsNotAtLineStart(char c) => NotAtLineStart.Contains(c, StringComparison.Ordinal);

    public static bool IsNotAtLineEnd(char c) => NotAtLineEnd.Contains(c, StringComparison.Ordinal);
}
