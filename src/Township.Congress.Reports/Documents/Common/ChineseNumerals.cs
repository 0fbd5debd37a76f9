using System.Globalization;

namespace Township.Congress.Reports.Documents.Common;

/// <summary>Chinese numerals for numbering headings (一、二、…十一、…九十九), the way official documents number sections.</summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static string Of(int number)
    {
        // Documents never have a hundred sections; fall back to Arabic digits rather than fail.
        if (number is < 1 or > 99)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        var tens = number / 10;
        var units = number % 10;
        var prefix = tens switch
        {
            0 => string.Empty,
            1 => "十",
            _ => $"{Digits[tens]}十",
        };
        return units == 0 ? prefix : prefix + Digits[units];
    }
}
