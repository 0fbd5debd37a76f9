using Township.Congress.Model;
using Township.Congress.Suggestions;

namespace Township.Congress.Petitions;

/// <summary>
/// 信访接待: a visitor's matter received by the township (a deputy on duty or staff), decided and sent to
/// a unit, and finished within the 信访工作条例's limits (domain.md, "Petition reception").
/// The due dates are fixed when the petition is received, from the settings in force then.
/// </summary>
public class Petition : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public required string VisitorName { get; set; }

    /// <summary>Personal data: shown through <see cref="Security.TownshipScope.Disclose"/>.</summary>
    public string VisitorPhone { get; set; } = "";
    public DateOnly ReceivedOn { get; set; }
    public required string Matter { get; set; }

    /// <summary>Received by a deputy (on duty) or by staff, whose name is then given in <see cref="ReceivedBy"/>.</summary>
    public Guid? ReceivedByDeputyId { get; set; }
    public string ReceivedBy { get; set; } = "";

    /// <summary>The unit it was sent to: one of the county's or the township's own <see cref="HandlingUnit"/>.</summary>
    public Guid? UnitId { get; set; }
    public PetitionState State { get; set; }

    /// <summary>The day of the decision to accept and dispatch (or not to accept).</summary>
    public DateOnly? DecidedOn { get; set; }
    public DateOnly DecideBy { get; set; }
    public DateOnly FinishBy { get; set; }

    /// <summary>延期: once, by up to the setting's days, with a recorded reason.</summary>
    public int ExtensionDays { get; set; }
    public string ExtensionReason { get; set; } = "";
    public DateOnly? FinishedOn { get; set; }
    public string Result { get; set; } = "";
    public Satisfaction? Satisfaction { get; set; }

    /// <summary>The finishing deadline with the extension.</summary>
    public DateOnly FinalDue => FinishBy.AddDays(ExtensionDays);
}

public enum PetitionState
{
    /// <summary>登记: waiting for the decision to accept.</summary>
    Received,
    /// <summary>已受理交办: accepted and sent to a unit.</summary>
    Accepted,
    /// <summary>不予受理 (with the reason as result).</summary>
    NotAccepted,
    /// <summary>办结.</summary>
    Finished,
}
