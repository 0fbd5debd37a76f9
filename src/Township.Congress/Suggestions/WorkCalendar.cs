namespace Township.Congress.Suggestions;

/// <summary>
/// Working days in China: Monday to Friday, minus public holidays, plus the weekend days
/// declared working days (调休). The State Council publishes both each year, so they come from
/// configuration (Suggestions:Holidays / Suggestions:ExtraWorkingDays) with this year's list
/// as the default.
/// </summary>
public sealed class WorkCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _extraWorkingDays;

    public WorkCalendar(IEnumerable<DateOnly>? holidays = null, IEnumerable<DateOnly>? extraWorkingDays = null)
    {
        _holidays = [.. holidays ?? []];
        _extraWorkingDays = [.. extraWorkingDays ?? []];
    }

    /// <summary>Weekends only: what tests and a machine without a configured calendar use.</summary>
    public static WorkCalendar WeekendsOnly { get; } = new();

    /// <summary>
    /// 2026 public holidays and 调休 working days as announced by the General Office of the State
    /// Council; check them against each year's notice and override them in configuration.
    /// </summary>
    public static WorkCalendar China2026 { get; } = new(
        Days(("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"),
            ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"),
            ("2026-10-01", "2026-10-07")),
        [new(2026, 1, 4), new(2026, 2, 14), new(2026, 2, 28), new(2026, 5, 9), new(2026, 9, 20), new(2026, 10, 10)]);

    public bool IsWorkingDay(DateOnly day)
    {
        if (_extraWorkingDays.Contains(day)) return true;
        if (_holidays.Contains(day)) return false;
        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>The day that is <paramref name="count"/> working days after <paramref name="from"/> (which itself is not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly from, int count)
    {
        var day = from;
        while (count > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) count--;
        }
        return day;
    }

    private static IEnumerable<DateOnly> Days(params (string From, string To)[] ranges)
    {
        foreach (var (from, to) in ranges)
        {
            for (var d = DateOnly.Parse(from); d <= DateOnly.Parse(to); d = d.AddDays(1)) yield return d;
        }
    }
}
