using Township.Congress.Model;

namespace Township.Congress.Deputies;

/// <summary>One dated change of a deputy's status, with its reason. History is append-only.</summary>
public class DeputyStatusChange : Entity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid DeputyId { get; set; }
    public DeputyStatus From { get; set; }
    public DeputyStatus To { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public string Reason { get; set; } = "";
    public DateTime RecordedAtUtc { get; set; }
    public string RecordedBy { get; set; } = "";
}
