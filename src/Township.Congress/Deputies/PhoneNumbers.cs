using System.Text;
using System.Text.RegularExpressions;

namespace Township.Congress.Deputies;

/// <summary>
/// Phone numbers as people type them (“138 0013 8000”, “+86-138…”, “0086…”, full-width digits)
/// brought to one stored form: digits only, without the country code, so search and
/// de-duplication see one number once.
/// </summary>
public static partial class PhoneNumbers
{
    public static string? Normalize(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return null;
        var text = new StringBuilder(phone.Length);
        foreach (var c in phone.Trim())
        {
            // Full-width digits and plus (０-９, ＋) come from Chinese input methods.
            var ch = c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c == '＋' ? '+' : c; // Chinese by design: full-width digits and separators typed in phone numbers
            if (ch is ' ' or '\u3000' or '-' or '－' or '—' or '(' or ')' or '（' or '）' or '.') continue; // Chinese by design: full-width digits and separators typed in phone numbers
            text.Append(ch);
        }
        var s = text.ToString();
        if (s.StartsWith("+86", StringComparison.Ordinal)) s = s[3..];
        else if (s.StartsWith("0086", StringComparison.Ordinal)) s = s[4..];
        return s;
    }

    /// <summary>An 11-digit mobile number or a landline with its area code (0 + 9 to 11 digits).</summary>
    public static bool IsValid(string normalized) => Shape().IsMatch(normalized);

    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{9,11})$")]
    private static partial Regex Shape();
}
