using Township.Congress.Model;

namespace Township.Congress.Sessions;

public enum VoteChoice
{
    For,
    Against,
    Abstain,
}

/// <summary>
/// One deputy's vote, when the secretary records votes per deputy (a show of hands, a roll-call
/// vote); the vote's counts are then derived from these rows, never typed.
/// </summary>
public class DeputyVote : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid VoteId { get; set; }
    public Guid DeputyId { get; set; }
    public VoteChoice Choice { get; set; }
}
