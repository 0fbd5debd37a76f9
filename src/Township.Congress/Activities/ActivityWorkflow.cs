using Township.Congress.Resources;

namespace Township.Congress.Activities;

/// <summary>What may be done to an activity in its state: planned → held, planned → cancelled, and back.</summary>
public enum ActivityStep
{
    Hold,
    Cancel,
    Reopen,
    RecordAttendance,
    RecordFindings,
}

public static class ActivityWorkflow
{
    /// <summary>Null when the step is allowed, else the reason in the UI language.</summary>
    public static string? WhyNot(ActivityStatus status, ActivityStep step, DateOnly startsOn, DateOnly today) => step switch
    {
        ActivityStep.Hold when status != ActivityStatus.Planned => ModelText.Activity_NotPlanned,
        ActivityStep.Hold when startsOn > today => ModelText.Activity_HeldInFuture,
        ActivityStep.Cancel when status != ActivityStatus.Planned => ModelText.Activity_NotPlanned,
        ActivityStep.Reopen when status == ActivityStatus.Planned => ModelText.Activity_AlreadyPlanned,
        ActivityStep.RecordAttendance or ActivityStep.RecordFindings when status != ActivityStatus.Held => ModelText.Activity_NotHeld,
        _ => null,
    };

    public static bool Can(ActivityStatus status, ActivityStep step, DateOnly startsOn, DateOnly today) =>
        WhyNot(status, step, startsOn, today) is null;
}
