namespace Township.Congress.Formatting;

/// <summary>
/// The one place that writes Chinese numerals and ordinals (第十三届, 第三次).
/// </summary>
public static class ChineseNumerals
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>Writes 0–9999 the way documents do: 10 → 十, 13 → 十三, 20 → 二十, 105 → 一百零五.</summary>
    public static string Format(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 9999);
        if (number < 10) return Digits[number];
        if (number < 20) return "十" + (number % 10 == 0 ? "" : Digits[number % 10]);

        var units = new[] { (1000, "千"), (100, "百"), (10, "十") };
        var text = new System.Text.StringBuilder();
        var rest = number;
        var pendingZero = false;
        foreach (var (value, name) in units)
        {
            var digit = rest / value;
            rest %= value;
            if (digit == 0)
            {
                if (text.Length > 0) pendingZero = true;
                continue;
            }
            if (pendingZero) text.Append('零');
            pendingZero = false;
            text.Append(Digits[digit]).Append(name);
        }
        if (rest > 0)
        {
            if (pendingZero) text.Append('零');
            text.Append(Digits[rest]);
        }
        return text.ToString();
    }

    /// <summary>第十三届 — a term.</summary>
    public static string TermOrdinal(int ordinal) => $"第{Format(ordinal)}届";

    /// <summary>第三次 — a session or meeting within a term.</summary>
    public static string SessionOrdinal(int ordinal) => $"第{Format(ordinal)}次";
}
