using Township.Congress.Model;

namespace Township.Congress.Sessions;

/// <summary>
/// 民生实事候选项目: one candidate project put to the deputies' vote at a session (票决制). Chosen (入选)
/// when "for" exceeds half of all deputies in office and, if the session fixed how many projects are
/// to be chosen (<see cref="CongressSession.LivelihoodSeats"/>), it is among the top that many by "for" votes.
/// </summary>
public class LivelihoodCandidate : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid SessionId { get; set; }
    public Guid? AgendaItemId { get; set; }
    public int Order { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";

    /// <summary>责任单位, free text as the government's list names it.</summary>
    public string OwnerUnit { get; set; } = "";

    /// <summary>估算投资 in 万元 (ten thousand yuan).</summary>
    public decimal? EstimatedBudget { get; set; }

    /// <summary>Null until the vote is recorded; the three are set together.</summary>
    public int? For { get; set; }
    public int? Against { get; set; }
    public int? Abstain { get; set; }

    /// <summary>The roll when the vote was recorded (0 before).</summary>
    public int DeputiesInOffice { get; set; }
    public int Present { get; set; }
    public bool Chosen { get; set; }

    public bool Voted => For is not null;
}
