namespace Township.Congress.Deputies;

/// <summary>The 18-digit citizen ID number (GB 11643) and its ISO 7064 check digit.</summary>
public static class IdCard
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckDigits = "10X98765432";

    public static bool IsValid(string id) =>
        id.Length == 18 && id[..17].All(char.IsAsciiDigit) && CheckDigit(id) == id[17];

    public static char CheckDigit(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckDigits[sum % 11];
    }
}
