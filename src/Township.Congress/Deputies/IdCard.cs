using System.Globalization;

namespace Township.Congress.Deputies;

/// <summary>
/// The 18-digit citizen ID number (GB 11643): digits 7–14 are the birth date, digit 17 is odd
/// for men and even for women, the last is the ISO 7064 check digit.
/// </summary>
public static class IdCard
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckDigits = "10X98765432";

    public static bool IsValid(string id) =>
        id.Length == 18 && id[..17].All(char.IsAsciiDigit) && CheckDigit(id) == id[17] && BirthDate(id) is not null;

    public static char CheckDigit(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckDigits[sum % 11];
    }

    /// <summary>The birth date the number encodes (digits 7–14), or null when they name no day.</summary>
    public static DateOnly? BirthDate(string id) =>
        id.Length >= 14 && DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;

    /// <summary>The gender the number encodes: digit 17 odd is 男, even is 女.</summary>
    public static Gender Gender(string id) => (id[16] - '0') % 2 == 1 ? Deputies.Gender.Male : Deputies.Gender.Female;
}
