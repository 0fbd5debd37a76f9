using Township.Congress.Formatting;

namespace Township.Congress.Sessions;

public static class SessionNames
{
    /// <summary>第十三届人民代表大会第三次会议 (prefixed by the township when given).</summary>
    public static string Of(int termOrdinal, int sessionOrdinal, string? township = null) =>
        $"{township}{ChineseNumerals.TermOrdinal(termOrdinal)}人民代表大会{ChineseNumerals.SessionOrdinal(sessionOrdinal)}会议";
}

/// <summary>How a session's dates are written, on the page and in the minutes alike.</summary>
public static class SessionDates
{
    /// <summary>
    /// 2026年3月8日至9日; 2026年3月30日至4月1日 across months; the full date of both across years;
    /// 2026年3月8日 for a one-day session.
    /// </summary>
    public static string Range(DateOnly start, DateOnly end) =>
        start == end ? ChineseDate.Format(start)
        : start.Year != end.Year ? $"{ChineseDate.Format(start)}至{ChineseDate.Format(end)}"
        : start.Month != end.Month ? $"{ChineseDate.Format(start)}至{end.Month}月{end.Day}日"
        : $"{ChineseDate.Format(start)}至{end.Day}日";

    /// <summary>会期: days from the first to the last, both counted.</summary>
    public static int Length(DateOnly start, DateOnly end) => end.DayNumber - start.DayNumber + 1;
}
