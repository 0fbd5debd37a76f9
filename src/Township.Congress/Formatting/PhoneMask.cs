namespace Township.Congress.Formatting;

/// <summary>Personal phone numbers are masked (138****5678) wherever the viewer may not see them.</summary>
public static class PhoneMask
{
    public static string Mask(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return "";
        var p = phone.Trim();
        if (p.Length < 7) return new string('*', p.Length);
        return string.Concat(p.AsSpan(0, 3), "****", p.AsSpan(p.Length - 4));
    }
}
