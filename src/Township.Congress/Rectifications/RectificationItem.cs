using Township.Congress.Model;

namespace Township.Congress.Rectifications;

/// <summary>What gave rise to a rectification item.</summary>
public enum RectificationSource
{
    /// <summary>An activity's findings (视察、执法检查…).</summary>
    Activity,

    /// <summary>A unit rated 不满意 in an appraisal.</summary>
    Appraisal,

    /// <summary>A livelihood project's inspection.</summary>
    LivelihoodProject,
}

/// <summary>
/// 整改事项: a matter a unit must put right by a deadline, from an activity or an appraisal, followed
/// up like a suggestion (overdue ones are listed with their days overdue). The source is kept as kind
/// and id, so each feature links its own items without this record knowing the features.
/// </summary>
public class RectificationItem : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public RectificationSource Source { get; set; }
    public Guid SourceId { get; set; }

    public required string Matter { get; set; }

    /// <summary>The responsible unit when it is in the county's registry of handling units.</summary>
    public Guid? OwnerUnitId { get; set; }

    /// <summary>The responsible unit's name as printed (copied from the registry, or typed for others).</summary>
    public required string OwnerUnitName { get; set; }

    public DateOnly Deadline { get; set; }
    public string? Result { get; set; }
    public DateOnly? CompletedOn { get; set; }

    public bool IsCompleted => CompletedOn is not null;

    /// <summary>Open after its deadline day.</summary>
    public bool IsOverdue(DateOnly today) => CompletedOn is null && today > Deadline;

    public int DaysOverdue(DateOnly today) => IsOverdue(today) ? today.DayNumber - Deadline.DayNumber : 0;
}
