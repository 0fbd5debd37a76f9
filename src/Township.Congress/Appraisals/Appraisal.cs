using Township.Congress.Model;

namespace Township.Congress.Appraisals;

/// <summary>Where an appraisal stands: planned, under way (reports heard, visits made, sheets counted), result published.</summary>
public enum AppraisalState
{
    Planned,
    InProgress,
    Published,
}

/// <summary>What is appraised: a unit (站所, office) or an official (述职评议).</summary>
public enum AppraisalSubjectKind
{
    Unit,
    Official,
}

/// <summary>
/// 工作评议 / 满意度测评: the presidium appraises units or officials of the township in a year — a plan,
/// reports heard, visits made, the deputies' 测评表 counted per grade, the published ranking, and
/// rectification orders for those rated 不满意.
/// </summary>
public class Appraisal : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public int Year { get; set; }
    public required string Title { get; set; }

    /// <summary>评议工作方案: what is appraised, how and when, free text.</summary>
    public string Plan { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public AppraisalState State { get; set; }

    /// <summary>The day the result was published: the date of the 评议结果通报.</summary>
    public DateOnly? PublishedOn { get; set; }

    public List<AppraisalSubject> Subjects { get; set; } = [];
    public List<AppraisalReport> Reports { get; set; } = [];
    public List<AppraisalVisit> Visits { get; set; } = [];
    public List<AppraisalSheet> Sheets { get; set; } = [];
}

/// <summary>
/// One appraised unit or official with its counts per grade. The counts are typed from the counted
/// ballots, or summed from the deputies' sheets when those are entered one by one.
/// </summary>
public class AppraisalSubject : Entity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid AppraisalId { get; set; }
    public AppraisalSubjectKind Kind { get; set; }

    /// <summary>The unit in the county's registry (a county department or the township's own office).</summary>
    public Guid? UnitId { get; set; }

    /// <summary>The unit's name as printed (copied from the registry), or the official's name.</summary>
    public required string Name { get; set; }

    /// <summary>The official's post (职务); empty for units.</summary>
    public string Post { get; set; } = "";
    public int SortOrder { get; set; }
    public int Satisfied { get; set; }
    public int BasicallySatisfied { get; set; }
    public int Unsatisfied { get; set; }

    /// <summary>The rectification order issued for a 不满意 result (a <see cref="Rectifications.RectificationItem"/>).</summary>
    public Guid? RectificationItemId { get; set; }

    public int Voting => Satisfied + BasicallySatisfied + Unsatisfied;

    /// <summary>"派出所" or "张三（副镇长）": how lists and prints name the subject.</summary>
    public string DisplayName => Kind == AppraisalSubjectKind.Official && Post.Length > 0 ? $"{Name}（{Post}）" : Name; // Chinese by design: the printed name
}

/// <summary>One deputy's 测评表: a grade per subject. A deputy fills in one sheet per appraisal.</summary>
public class AppraisalSheet : Entity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid AppraisalId { get; set; }
    public Guid DeputyId { get; set; }
    public List<AppraisalMark> Marks { get; set; } = [];
}

/// <summary>The grade one sheet gives one subject; a subject left blank on the sheet has no mark.</summary>
public class AppraisalMark : Entity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid SheetId { get; set; }
    public Guid SubjectId { get; set; }
    public SatisfactionGrade Grade { get; set; }
}

/// <summary>A report heard in the appraisal (听取工作汇报 / 述职).</summary>
public class AppraisalReport : Entity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid AppraisalId { get; set; }
    public DateOnly HeardOn { get; set; }
    public required string Summary { get; set; }
}

/// <summary>A visit made for the appraisal: a link to the <see cref="Activities.Activity"/> that records it.</summary>
public class AppraisalVisit : Entity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid AppraisalId { get; set; }
    public Guid ActivityId { get; set; }
}
