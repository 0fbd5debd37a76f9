using System.Globalization;
using System.Text;

namespace Township.Congress.Formatting;

/// <summary>
/// How names are ordered and found. Order is by full pinyin character by character — a surname's
/// deputies stay together (李明, 李娜 before 林) — from ICU's zh collation, stored as a sort key (hex
/// of ICU's key bytes) so the database can page in that order; full pinyin is stored for search
/// (zhangsan finds 张三). 姓氏笔画 is Deputies/SurnameStrokeOrder (ICU's stroke collation miscounts).
/// </summary>
public static class NameCollation
{
    public const int KeyLength = 160;

    private static readonly CompareInfo Pinyin = CultureInfo.GetCultureInfo("zh-CN").CompareInfo;

    // Surnames read differently from the character's common reading (单 shan, not dan).
    private static readonly Dictionary<char, string> SurnameReadings = new()
    {
        ['单'] = "shan", ['曾'] = "zeng", ['解'] = "xie", ['仇'] = "qiu", ['朴'] = "piao", ['区'] = "ou", ['查'] = "zha", // Chinese by design: surname readings of Chinese characters (data)
        ['盖'] = "ge", ['尉'] = "yu", ['繁'] = "po", ['万'] = "wan", ['乐'] = "yue", ['缪'] = "miao", ['覃'] = "qin", // Chinese by design: surname readings of Chinese characters (data)
    };

    public static StringComparer PinyinComparer { get; } = Pinyin.GetStringComparer(CompareOptions.None);

    /// <summary>Sort key of the full-pinyin order; ordinal comparison of two keys orders their names.</summary>
    public static string PinyinKey(string name) => Hex(Pinyin.GetSortKey(name ?? "", CompareOptions.None).KeyData);

    /// <summary>Full pinyin without spaces or tones (张三 → zhangsan), "" when ICU cannot say.</summary>
    public static string FullPinyin(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        name = name.Trim();
        var head = SurnameReadings.TryGetValue(name[0], out var reading) ? reading : null;
        var rest = HanLatin.ToAscii(head is null ? name : name[1..]);
        if (rest is null) return "";
        var letters = new StringBuilder(head, name.Length * 6);
        foreach (var c in rest) if (char.IsAsciiLetterOrDigit(c)) letters.Append(c);
        var result = letters.ToString();
        return result.Length > 64 ? result[..64] : result;
    }

    private static string Hex(byte[] key)
    {
        var hex = Convert.ToHexStringLower(key);
        // A longer key only matters between names that agree for 80 bytes: none do.
        return hex.Length > KeyLength ? hex[..KeyLength] : hex;
    }
}
