namespace Township.Congress.Formatting;

/// <summary>
/// The one place that writes dates and times for people: the Chinese way (2024年9月8日),
/// in China time. Stored instants are UTC; calendar dates are <see cref="DateOnly"/>.
/// </summary>
public static class ChineseDate
{
    /// <summary>China has one time zone and no daylight saving: UTC+8 all year.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static string Format(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    public static string Format(DateOnly? date) => date is { } d ? Format(d) : "";

    public static DateTime ToChinaTime(DateTime utc) =>
        DateTime.SpecifyKind(DateTime.SpecifyKind(utc, DateTimeKind.Utc) + ChinaOffset, DateTimeKind.Unspecified);

    /// <summary>2024年9月8日 14:05 in China time.</summary>
    public static string FormatInstant(DateTime utc)
    {
        var local = ToChinaTime(utc);
        return $"{Format(DateOnly.FromDateTime(local))} {local:HH:mm}";
    }

    public static DateOnly TodayInChina(TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime + ChinaOffset);
}
