using System.Text;

namespace Township.Congress.Formatting;

/// <summary>
/// Pinyin initials of a Chinese name (张三丰 → zsf) so the roster can be searched the way
/// secretaries type. GB2312 orders its 3,755 first-level characters by pinyin, so the
/// initial follows from the code point's range; that covers nearly every name character.
/// Characters outside it keep no initial rather than a wrong one.
/// </summary>
public static class PinyinInitials
{
    private static readonly Encoding Gb2312;

    // First GB2312 code of each initial letter; the table ends with the end of level one.
    private static readonly (int Start, char Letter)[] Ranges =
    [
        (0xB0A1, 'a'), (0xB0C5, 'b'), (0xB2C1, 'c'), (0xB4EE, 'd'), (0xB6EA, 'e'), (0xB7A2, 'f'),
        (0xB8C1, 'g'), (0xB9FE, 'h'), (0xBBF7, 'j'), (0xBFA6, 'k'), (0xC0AC, 'l'), (0xC2E8, 'm'),
        (0xC4C3, 'n'), (0xC5B6, 'o'), (0xC5BE, 'p'), (0xC6DA, 'q'), (0xC8BB, 'r'), (0xC8F6, 's'),
        (0xCBFA, 't'), (0xCDDA, 'w'), (0xCEF4, 'x'), (0xD1B9, 'y'), (0xD4D1, 'z'),
    ];

    private const int LevelOneEnd = 0xD7F9;

    // Surname readings that differ from the character's first reading in GB2312 order.
    private static readonly Dictionary<char, char> SurnameReadings = new()
    {
        ['单'] = 's', ['曾'] = 'z', ['解'] = 'x', ['仇'] = 'q', ['朴'] = 'p', ['区'] = 'o', ['查'] = 'z',
    };

    static PinyinInitials()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gb2312 = Encoding.GetEncoding("GB2312");
    }

    public static string Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var result = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsAsciiLetterOrDigit(c)) { result.Append(char.ToLowerInvariant(c)); continue; }
            if (i == 0 && SurnameReadings.TryGetValue(c, out var surname)) { result.Append(surname); continue; }
            var letter = InitialOf(c);
            if (letter != '\0') result.Append(letter);
        }
        return result.ToString();
    }

    private static char InitialOf(char c)
    {
        Span<byte> bytes = stackalloc byte[4];
        var count = Gb2312.GetBytes([c], bytes);
        if (count != 2) return '\0';
        var code = bytes[0] << 8 | bytes[1];
        if (code < Ranges[0].Start || code >= LevelOneEnd) return '\0';
        var letter = Ranges[0].Letter;
        foreach (var (start, l) in Ranges)
        {
            if (code < start) break;
            letter = l;
        }
        return letter;
    }
}
