using Township.Congress.Model;

namespace Township.Congress.Sessions;

/// <summary>
/// A vote on a resolution or decision. Adopted when "for" exceeds half of all deputies in office
/// (not of those present); the counts of the roll at the time are kept with it.
/// </summary>
public class SessionVote : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid SessionId { get; set; }
    public Guid? AgendaItemId { get; set; }
    public VoteKind Kind { get; set; }
    public required string Title { get; set; }
    public int For { get; set; }
    public int Against { get; set; }
    public int Abstain { get; set; }
    public int DeputiesInOffice { get; set; }
    public int Present { get; set; }
    public bool Adopted { get; set; }

    /// <summary>Set when the matter was already voted on at this session: why it is voted again (复议/重新表决).</summary>
    public string? RevoteReason { get; set; }

    /// <summary>Recorded deputy by deputy (see <see cref="DeputyVote"/>) rather than as counts.</summary>
    public bool RecordedPerDeputy { get; set; }
    public List<DeputyVote> DeputyVotes { get; set; } = [];

    public int NotVoting => Math.Max(0, Present - For - Against - Abstain);
}
