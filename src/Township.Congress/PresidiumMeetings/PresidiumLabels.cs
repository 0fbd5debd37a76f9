using Township.Congress.Formatting;

namespace Township.Congress.PresidiumMeetings;

/// <summary>Chinese names of the presidium enums, the same on the meeting page and in the printed minutes.</summary>
public static class PresidiumLabels
{
    public static readonly EnumLabels<ActionStatus> ActionStatuses = new(
        (ActionStatus.Open, "办理中"),
        (ActionStatus.Done, "已完成"));

    public static string Of(ActionStatus status) => ActionStatuses.Of(status);
}
