using Township.Congress.Model;

namespace Township.Congress.Activities;

/// <summary>
/// 代表活动: an inspection, survey, law check, training, group activity… between sessions.
/// Appraisals and livelihood projects link the visits they made to it.
/// </summary>
public class Activity : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public ActivityKind Kind { get; set; }
    public ActivityOrganiser Organiser { get; set; }

    /// <summary>The organising group when <see cref="Organiser"/> is a deputy group.</summary>
    public Guid? GroupId { get; set; }

    public required string Subject { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
}
