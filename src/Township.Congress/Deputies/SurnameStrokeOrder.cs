using System.Globalization;
using System.Text;
using Township.Congress.Formatting;

namespace Township.Congress.Deputies;

/// <summary>
/// 姓氏笔画: the one stroke order of names, for the roster's sort "按姓氏笔画" and the order of the
/// candidates on a ballot. The rule, as a ballot states it:
/// <list type="number">
/// <item>the surname first, as a unit: its characters by their stroke count in the simplified form
/// (通用规范汉字表, from Unihan's kTotalStrokes; ICU's stroke collation gets 陈, 郑, 黄 wrong). A
/// compound surname (欧阳, 司马, 上官, 诸葛 …) is the surname, so 司明 (single surname 司) comes
/// before every 司马 and the deputies of one surname stay together;</item>
/// <item>then the given name's characters, one by one, by their stroke counts;</item>
/// <item>characters of equal stroke count are told apart by their pinyin (then code point), so
/// 王 and 方 (4 strokes each) do not interleave; whole names equal so far by their full pinyin,
/// then ordinal text, so the order is total.</item>
/// </list>
/// A character outside the table (a rare character, Latin letters) counts after every stroke count;
/// spaces and the middle dot of transcribed names (·) are ignored.
/// The order is kept as a sort key (<see cref="Key"/>, ordinal order), stored with the deputy so the
/// database can page in it, and <see cref="Comparer"/> compares the same keys.
/// </summary>
public static class SurnameStrokeOrder
{
    /// <summary>Marks a key of this rule (keys of the older ICU stroke order lack it and are recomputed).</summary>
    public const string KeyPrefix = "s";

    /// <summary>How long a stored key may be (the deputy's NameStrokeKey column).</summary>
    public const int KeyLength = NameCollation.KeyLength;

    /// <summary>As printed on a ballot.</summary>
    public const string RuleText = "候选人按姓氏笔画排序"; // Chinese by design: the rule as printed on the ballot

    #region Chinese by design: compound surnames (data)
    private static readonly string[] CompoundSurnames =
    [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "夏侯", "令狐", "宇文", "司徒", "司空",
        "端木", "独孤", "南宫", "西门", "轩辕", "呼延", "澹台", "公冶", "申屠", "太史", "闻人", "万俟", "钟离", "宗政", "濮阳",
    ];
    #endregion

    private static readonly Dictionary<char, int> Strokes = StrokeCounts.ByCount
        .SelectMany(p => p.Value.Select(c => (c, p.Key))).ToDictionary(x => x.c, x => x.Key);

    private static readonly CompareInfo Pinyin = CultureInfo.GetCultureInfo("zh-CN").CompareInfo;

    public static IComparer<string> Comparer { get; } = Comparer<string>.Create(Compare);

    public static int Compare(string? x, string? y)
    {
        var byKey = string.CompareOrdinal(Key(x ?? ""), Key(y ?? ""));
        if (byKey != 0) return byKey;
        var byPinyin = Pinyin.Compare(x, y, CompareOptions.None);
        return byPinyin != 0 ? byPinyin : string.CompareOrdinal(x, y);
    }

    public static IReadOnlyList<string> Sort(IEnumerable<string> names) => names.Order(Comparer).ToList();

    /// <summary>The stroke count of a character, null when the table does not have it.</summary>
    public static int? StrokesOf(char c) => Strokes.TryGetValue(c, out var n) ? n : null;

    /// <summary>The surname of <paramref name="name"/>: a compound surname when the name starts with one, else its first character.</summary>
    public static string SurnameOf(string name)
    {
        name = Letters(name);
        if (name.Length == 0) return "";
        return CompoundSurnames.FirstOrDefault(s => name.Length > s.Length && name.StartsWith(s, StringComparison.Ordinal)) ?? name[..1];
    }

    /// <summary>
    /// The sort key: per character two hex digits of its stroke count and eight of its pinyin weight,
    /// the surname's characters, then "-" (below every digit: a surname sorts before the longer
    /// surnames it begins), then the given name's.
    /// </summary>
    public static string Key(string name)
    {
        var letters = Letters(name);
        var surname = SurnameOf(letters);
        var key = new StringBuilder(KeyPrefix, 1 + letters.Length * 10 + 1);
        for (var i = 0; i < letters.Length; i++)
        {
            if (i == surname.Length) key.Append('-');
            var strokes = StrokesOf(letters[i]) ?? 0xFF;
            key.Append(strokes.ToString("x2", CultureInfo.InvariantCulture)).Append(PinyinWeight(letters[i]));
        }
        if (letters.Length == surname.Length) key.Append('-');
        return key.Length > KeyLength ? key.ToString(0, KeyLength) : key.ToString();
    }

    private static string Letters(string name) => string.Concat((name ?? "").Where(c => !char.IsWhiteSpace(c) && c is not ('·' or '•' or '．'))); // Chinese by design: the middle dots of transcribed names

    /// <summary>The primary weight of the character in ICU's pinyin collation, fixed at eight hex digits (then its code point).</summary>
    private static string PinyinWeight(char c)
    {
        var bytes = Pinyin.GetSortKey(c.ToString(), CompareOptions.None).KeyData;
        var primary = bytes.TakeWhile(b => b > 1).Take(3).ToArray();
        var hex = Convert.ToHexStringLower(primary).PadRight(6, '0');
        return hex + ((int)c % 256).ToString("x2", CultureInfo.InvariantCulture);
    }
}
