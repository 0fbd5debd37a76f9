using System.Globalization;

namespace Township.Congress.Formatting;

/// <summary>
/// The order names are listed in where a rule must be stated (ballots, the roster): by the pinyin of the
/// full name as ICU's Chinese collation reads it, the ordinal text breaking ties so the order is total.
/// </summary>
/// <remarks>
/// 姓氏笔画 (surname stroke count) would be the customary order of a ballot, and ICU offers a stroke collation
/// ("zh-CN-u-co-stroke", CompareInfo "zh-CN_stroke"). It was checked with surnames of known counts and
/// does not give the simplified counts: 陈 (7 strokes) sorts after 周 and 金 (8), 郑 (8) after 赵 (9),
/// 黄 (11) after 韩 (12) (ChineseNameOrderTests pins this). A ballot that states "按姓氏笔画排序" and is
/// out of order would be challenged, so the ballots use pinyin and say so (<see cref="RuleText"/>).
/// </remarks>
public static class ChineseNameOrder
{
    /// <summary>ICU's stroke collation, kept for the test that shows why it is not used.</summary>
    public const string IcuStrokeCollation = "zh-CN-u-co-stroke";

    private static readonly CompareInfo Pinyin = CultureInfo.GetCultureInfo("zh-CN").CompareInfo;

    /// <summary>As printed on a ballot: "候选人按姓氏拼音排序".</summary>
    public const string RuleText = "候选人按姓氏拼音排序"; // Chinese by design: the rule as printed on the ballot

    public static IComparer<string> Comparer { get; } = Comparer<string>.Create(Compare);

    public static int Compare(string? x, string? y)
    {
        var byPinyin = Pinyin.Compare(x, y, CompareOptions.None);
        return byPinyin != 0 ? byPinyin : string.CompareOrdinal(x, y);
    }

    public static IReadOnlyList<string> Sort(IEnumerable<string> names) => names.Order(Comparer).ToList();
}
