using Township.Congress.Resources;

namespace Township.Congress.Model;

/// <summary>
/// The input contract every write shares, whatever it came through (form, API, import): text within
/// its stored length and free of control characters, enum values from their defined set.
/// The lengths themselves come from the EF model (see <c>Data.ModelLimits</c>), never from literals.
/// </summary>
public static class InputRules
{
    /// <summary>Fields this long or longer are typed in several lines: they may keep line breaks and tabs.</summary>
    public const int MultiLineFrom = 200;

    /// <summary>Why <paramref name="value"/> cannot be stored in a field of <paramref name="maxLength"/>; null when it can.</summary>
    public static string? TextProblem(string? value, int? maxLength, string label, bool? multiLine = null)
    {
        if (value is null) return null;
        if (maxLength is { } max && value.Length > max) return string.Format(ModelText.Input_TooLong, label, max, value.Length);
        var lines = multiLine ?? maxLength is null or >= MultiLineFrom;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c)) return string.Format(ModelText.Input_Unreadable, label);
            if (char.IsControl(c) && !(lines && c is '\n' or '\r' or '\t'))
                return lines ? string.Format(ModelText.Input_ControlCharacters, label) : string.Format(ModelText.Input_SingleLine, label);
        }
        return null;
    }

    /// <summary>Whether <paramref name="value"/> is a member of its enum; for [Flags] enums, a combination of defined bits.</summary>
    public static bool IsDefined(Type enumType, object value) =>
        FlagBits.GetOrAdd(enumType, AllBits) is { } all ? (Bits(value) & ~all) == 0 : Enum.IsDefined(enumType, value);

    /// <summary>
    /// Per enum type, the bits of a [Flags] enum, or null for a plain one: looked up once, since an import checks
    /// every enum field of thousands of rows and the attribute lookup is reflection.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, ulong?> FlagBits = new();

    private static ulong? AllBits(Type enumType)
    {
        if (!enumType.IsDefined(typeof(FlagsAttribute), false)) return null;
        ulong all = 0;
        foreach (var member in Enum.GetValuesAsUnderlyingType(enumType)) all |= Bits(member);
        return all;
    }

    /// <summary>Why <paramref name="value"/> is no allowed choice; null when it is (or is no enum).</summary>
    public static string? EnumProblem(object? value, string label)
    {
        if (value is null || !value.GetType().IsEnum || IsDefined(value.GetType(), value)) return null;
        return string.Format(ModelText.Input_NotAChoice, label, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static ulong Bits(object value) => unchecked((ulong)Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
}
