using Township.Congress.Model;

namespace Township.Congress.Sessions;

/// <summary>
/// 更正: one change made to a closed session's record, with the reason the secretary gave. The
/// change itself is in the audit like any other; this row is what the minutes print as the correction.
/// </summary>
public class SessionCorrection : Entity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid SessionId { get; set; }

    /// <summary>What was changed, e.g. 修改表决.</summary>
    public string Change { get; set; } = "";
    public string Reason { get; set; } = "";
    public string ByUserName { get; set; } = "";
    public DateTime AtUtc { get; set; }
}
