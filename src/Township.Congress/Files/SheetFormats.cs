using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Township.Congress.Files;

/// <summary>Which number formats of a sheet show a date, so <see cref="SheetReader"/> gives a date, not its serial number.</summary>
internal static class SheetNumberFormats
{
    /// <summary>The built-in formats that show a date (14–17, 22, and the East Asian 27–36 and 50–58); times alone stay numbers.</summary>
    public static bool IsBuiltInDate(int id) => id is (>= 14 and <= 17) or 22 or (>= 27 and <= 36) or (>= 50 and <= 58);

    /// <summary>
    /// Whether a format code shows a date or time: a y, m, d, h or s outside quoted text, escaped characters and brackets
    /// ("yyyy\"年\"m\"月\"d\"日\"" and "[$-804]yyyy/m/d" do; "0.00", "[Red]#,##0" and "@" do not).
    /// </summary>
    public static bool IsDate(string code)
    {
        if (code.Equals("General", StringComparison.OrdinalIgnoreCase) || code.Contains('@')) return false;
        var section = code.Split(';')[0];
        var plain = new StringBuilder(section.Length);
        for (var i = 0; i < section.Length; i++)
        {
            switch (section[i])
            {
                case '"':
                    i = section.IndexOf('"', i + 1) is var end and >= 0 ? end : section.Length;
                    break;
                case '[':
                    i = section.IndexOf(']', i + 1) is var close and >= 0 ? close : section.Length;
                    break;
                case '\\' or '_' or '*':
                    i++; // the next character is shown as it is (or is padding)
                    break;
                default:
                    plain.Append(char.ToLowerInvariant(section[i]));
                    break;
            }
        }
        return plain.ToString().IndexOfAny(['y', 'm', 'd', 'h', 's']) >= 0;
    }
}

/// <summary>The _xHHHH_ escapes of OOXML text (a character XML cannot hold, or a literal "_x…_" written as _x005F_x…_).</summary>
internal static partial class SheetEscapes
{
    public static string Decode(string text) =>
        text.Contains("_x", StringComparison.OrdinalIgnoreCase) ? XmlConvert.DecodeName(UpperCaseEscape().Replace(text, "_x005F_$1_")) : text;

    // XmlConvert decodes only a lower-case x; an upper-case one is text (as Excel and MiniExcel read it).
    [GeneratedRegex("_(X[0-9A-Fa-f]{4})_")]
    private static partial Regex UpperCaseEscape();
}
