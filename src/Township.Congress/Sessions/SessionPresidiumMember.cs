using Township.Congress.Model;

namespace Township.Congress.Sessions;

/// <summary>A member of the presidium elected for one session; one of them may be executive chair.</summary>
public class SessionPresidiumMember : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid SessionId { get; set; }
    public Guid DeputyId { get; set; }
    public bool IsExecutiveChair { get; set; }
}
