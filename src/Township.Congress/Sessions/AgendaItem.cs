using Township.Congress.Model;

namespace Township.Congress.Sessions;

/// <summary>One item of a session's agenda, with the deliberation opinions (审议意见) on it.</summary>
public class AgendaItem : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid SessionId { get; set; }
    public int Order { get; set; }
    public AgendaItemKind Kind { get; set; }
    public required string Title { get; set; }
    public string DeliberationOpinions { get; set; } = "";
}
