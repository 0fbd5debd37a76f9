using Township.Congress.Formatting;

namespace Township.Congress.PresidiumMeetings;

/// <summary>Chinese names of the presidium enums, the same on the meeting page and in the printed minutes.</summary>
public static class PresidiumLabels
{
    public static readonly EnumLabels<ActionStatus> ActionStatuses = new(
        (ActionStatus.Open, "办理中"),
        (ActionStatus.Done, "已完成"));

    public static string Of(ActionStatus status) => ActionStatuses.Of(status);

    /// <summary>
    /// The action's state on <paramref name="day"/> (the meeting's date, for its minutes): done by then,
    /// overdue by then, or still to be carried out. What happened later belongs to the next meeting's record.
    /// </summary>
    public static string AsOf(PresidiumAction action, DateOnly day) =>
        action.Status == ActionStatus.Done && action.CompletedOn is { } done && done <= day ? Of(ActionStatus.Done)
        : action.DueOn < day ? "逾期未完成"
        : "待落实";
}
