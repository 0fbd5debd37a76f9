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

    /// <summary>
    /// The last day: as closed when closed; else as planned, unless the session opened after its planned end (it was
    /// put off), when it runs as long as planned from the day it opened. Never before the first day, so 会期 is never
    /// negative.
    /// </summary>
    public static DateOnly End(DateOnly plannedStart, DateOnly plannedEnd, DateOnly? actualStart, DateOnly? actualEnd)
    {
        if (actualEnd is { } closed) return closed;
        var start = actualStart ?? plannedStart;
        var planned = Math.Max(0, plannedEnd.DayNumber - plannedStart.DayNumber);
        return plannedEnd >= start ? plannedEnd : start.AddDays(planned);
    }

    /// <summary>会期: days from the first to the last, both counted.</summary>
    public static int Length(DateOnly start, DateOnly end) => end.DayNumber - start.DayNumber + 1;
}
