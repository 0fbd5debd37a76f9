using Township.Congress.Model;

namespace Township.Congress.DeputyRecords;

/// <summary>Where a declared item stands: the secretary approves or declines it; only approved items count.</summary>
public enum DeclaredItemState
{
    /// <summary>待审核</summary>
    Pending,
    /// <summary>已认可</summary>
    Approved,
    /// <summary>不予认可</summary>
    Declined,
}

/// <summary>What a deputy declares: work the platform does not record elsewhere.</summary>
public enum DeclaredItemKind
{
    /// <summary>代表发现: a problem the deputy found and reported.</summary>
    Finding,
    /// <summary>单独联系选民: a contact made alone, outside a reception day.</summary>
    SoloContact,
    /// <summary>参加上级活动: an activity of a higher congress or another body.</summary>
    OutsideActivity,
    /// <summary>其他</summary>
    Other,
}

/// <summary>
/// 代表申报: one item a deputy (or the secretary for the deputy) declares. It enters the record —
/// days on duty and points — only once the secretary approves it, so nothing counts unseen.
/// </summary>
public class DeclaredItem : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid DeputyId { get; set; }
    public DateOnly Date { get; set; }
    public DeclaredItemKind Kind { get; set; }
    public required string Text { get; set; }
    public DeclaredItemState State { get; set; }
    public string DecidedBy { get; set; } = "";
    public DateOnly? DecidedOn { get; set; }

    /// <summary>Why it was declined; empty when approved.</summary>
    public string DecisionNote { get; set; } = "";
}

/// <summary>约谈: the interview held with a deputy (usually after the lowest band two years running).</summary>
public class DeputyInterview : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid DeputyId { get; set; }
    public DateOnly HeldOn { get; set; }

    /// <summary>Who held the interview (e.g. 人大主席张建国).</summary>
    public required string HeldBy { get; set; }
    public string Notes { get; set; } = "";

    /// <summary>The year whose record led to it, when one did.</summary>
    public int? ForYear { get; set; }
}

/// <summary>
/// A frozen (published) year of one township: from then on the year's scores are read from
/// <see cref="FrozenScore"/> rows and a change of the points scheme no longer moves them.
/// </summary>
public class FrozenRecordYear : Entity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public int Year { get; set; }
    public DateTime FrozenAtUtc { get; set; }
    public string FrozenBy { get; set; } = "";
    public List<FrozenScore> Scores { get; set; } = [];
}

/// <summary>One deputy's score as frozen: total, band, rank and the breakdown as it was published.</summary>
public class FrozenScore : Entity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid FrozenYearId { get; set; }
    public Guid DeputyId { get; set; }
    public int Total { get; set; }
    public PointsBand Band { get; set; }
    public int Rank { get; set; }

    /// <summary>The breakdown lines as JSON (<see cref="PointsLine"/>[]): the published table, kept verbatim.</summary>
    public string BreakdownJson { get; set; } = "[]";
}

/// <summary>
/// Which deputies voiced an activity's opinion (审议意见): the link the silent-deputy flag reads.
/// Kept on this side so the activity's own tables stay as they are.
/// </summary>
public class ActivityOpinionSpeaker : Entity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid OpinionId { get; set; }
    public Guid ActivityId { get; set; }
    public Guid DeputyId { get; set; }
}
