using Township.Congress.Resources;

namespace Township.Congress.Suggestions;

/// <summary>The time limits of the Deputies Law and of the township's own rules, in one place.</summary>
public static class SuggestionRules
{
    /// <summary>A township motion needs five or more deputies jointly (Local Organic Law; ten at county level).</summary>
    public const int MotionMinimumSigners = 5;

    /// <summary>A unit may return a misassigned item within this many working days of assignment.</summary>
    public const int ReturnWindowWorkingDays = 7;

    public const int DueSoonDays = 14;

    /// <summary>
    /// Three months from assignment, six for complex matters. A day that does not exist in the
    /// target month falls back to the month's last day (30 November + 3 months = 28/29 February),
    /// never into the month after.
    /// </summary>
    public static DateOnly Deadline(DateOnly assignedOn, bool isComplex) => assignedOn.AddMonths(isComplex ? 6 : 3);

    /// <summary>After 不满意 the unit answers again within one month of the re-assignment.</summary>
    public static DateOnly RehandlingDeadline(DateOnly reassignedOn) => reassignedOn.AddMonths(1);

    /// <summary>The last day a unit may still return the item: seven working days after assignment.</summary>
    public static DateOnly LastReturnDay(DateOnly assignedOn, WorkCalendar calendar) =>
        calendar.AddWorkingDays(assignedOn, ReturnWindowWorkingDays);

    public static bool IsWaitingForAnswer(SuggestionState state) => state is SuggestionState.Assigned or SuggestionState.Handling;

    public static bool IsOverdue(SuggestionState state, DateOnly? deadline, DateOnly today) =>
        IsWaitingForAnswer(state) && deadline is { } d && d < today;

    public static bool IsDueSoon(SuggestionState state, DateOnly? deadline, DateOnly today) =>
        IsWaitingForAnswer(state) && deadline is { } d && d >= today && d <= today.AddDays(DueSoonDays);

    /// <summary>Calendar days past the deadline while the answer is awaited; null when not overdue.</summary>
    public static int? DaysOverdue(SuggestionState state, DateOnly? deadline, DateOnly today) =>
        IsOverdue(state, deadline, today) ? today.DayNumber - deadline!.Value.DayNumber : null;

    /// <summary>The one rule of 不满意: the deputy's opinion is recorded, for the unit that handles the item again.</summary>
    public static string DissatisfiedNeedsOpinion => ModelText.Feedback_DissatisfiedNeedsOpinion;
}
