namespace Township.Congress.Activities;

/// <summary>代表活动的类别 (domain.md, "Deputy activity"): one model for every kind.</summary>
public enum ActivityKind
{
    /// <summary>视察</summary>
    Inspection,
    /// <summary>调研</summary>
    Survey,
    /// <summary>执法检查: names the law and its articles.</summary>
    LawEnforcementCheck,
    /// <summary>专项检查</summary>
    SpecialCheck,
    /// <summary>专题询问</summary>
    TopicalInquiry,
    /// <summary>座谈会</summary>
    Symposium,
    /// <summary>培训</summary>
    Training,
    /// <summary>学习</summary>
    Study,
    /// <summary>代表小组活动</summary>
    GroupActivity,
    /// <summary>列席 (attending another body's meeting)</summary>
    AttendingMeeting,
    /// <summary>其他</summary>
    Other,
}

/// <summary>Who organised an activity.</summary>
public enum ActivityOrganiser
{
    /// <summary>乡镇人大主席团</summary>
    Presidium,
    /// <summary>代表小组</summary>
    DeputyGroup,
    /// <summary>县人大常委会</summary>
    CountyCommittee,
}
