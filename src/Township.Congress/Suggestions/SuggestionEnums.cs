namespace Township.Congress.Suggestions;

/// <summary>议案、建议、批评、意见.</summary>
public enum SuggestionKind
{
    Motion,
    Suggestion,
    Criticism,
    Opinion,
}

/// <summary>
/// Where an item is in its life (domain.md "Motion, suggestion…"). Supervision (督办) is a
/// mark on the item, not a state: key items are supervised while they move through the others.
/// </summary>
public enum SuggestionState
{
    /// <summary>提出: typed in, not yet reviewed.</summary>
    Submitted,
    /// <summary>已立案/已登记: reviewed, waiting to be assigned (or re-assigned after a unit returned it).</summary>
    Registered,
    /// <summary>已交办: assigned to a lead unit, which has not started.</summary>
    Assigned,
    /// <summary>办理中: the unit has taken it up.</summary>
    Handling,
    /// <summary>已答复: the lead unit answered; waiting for the deputy's feedback.</summary>
    Answered,
    /// <summary>已评价: the deputy's feedback is in (or the one re-handling is used up).</summary>
    Evaluated,
    /// <summary>已办结, with an implementation status.</summary>
    Closed,
    /// <summary>不予立案 (motions only), with a reason.</summary>
    NotAccepted,
    /// <summary>已并案: a raw item folded into a merged item, which carries on for it.</summary>
    Merged,
}

/// <summary>How the item reached the presidium.</summary>
public enum SuggestionSource
{
    /// <summary>The deputy's own proposal.</summary>
    Deputy,
    /// <summary>Raised by constituents the deputy met (联系选民).</summary>
    ConstituentContact,
    /// <summary>Found in an inspection, survey or other deputy activity.</summary>
    Activity,
}

public enum AnswerClass
{
    /// <summary>A类: solved or adopted.</summary>
    A,
    /// <summary>B类: being solved or scheduled.</summary>
    B,
    /// <summary>C类: cannot be solved now, with the reason.</summary>
    C,
}

public enum Satisfaction
{
    Satisfied,
    BasicallySatisfied,
    Dissatisfied,
}

public enum Implementation
{
    Implemented,
    PartlyImplemented,
    NotImplemented,
}

public enum HandlingUnitKind
{
    /// <summary>乡镇政府内设机构 (办公室、中心).</summary>
    TownshipOffice,
    /// <summary>站所 (供电所、派出所、国土所…).</summary>
    Station,
    /// <summary>村（居）民委员会.</summary>
    VillageCommittee,
    /// <summary>县直部门.</summary>
    CountyDepartment,
}

/// <summary>Every step that can happen to an item; the timeline records one per step.</summary>
public enum SuggestionAction
{
    Submit,
    Accept,
    ConvertToSuggestion,
    Reject,
    Assign,
    Start,
    Return,
    Answer,
    CoUnitOpinion,
    Feedback,
    Supervise,
    SupervisionNote,
    Close,
    UpdateImplementation,
    Merge,
    Edit,
    /// <summary>县人大常委会督办: a county user supervises an item of one of its townships, with a note.</summary>
    CountySupervise,
}

public enum NotificationKind
{
    Assigned,
    Answered,
    Returned,
    Overdue,
    Rehandling,
    /// <summary>The county supervises (督办) an item of the township.</summary>
    Supervised,
}
