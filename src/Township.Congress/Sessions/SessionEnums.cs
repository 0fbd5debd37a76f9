namespace Township.Congress.Sessions;

/// <summary>例会 or 临时会议.</summary>
public enum SessionKind
{
    Regular,
    /// <summary>Called on the proposal of one fifth of the deputies or of the presidium.</summary>
    Extraordinary,
}

/// <summary>Who proposed an extraordinary session.</summary>
public enum ExtraordinaryProposer
{
    /// <summary>五分之一以上代表提议</summary>
    OneFifthOfDeputies,
    /// <summary>主席团提议</summary>
    Presidium,
}

/// <summary>planned → in session → closed.</summary>
public enum SessionStatus
{
    Planned,
    InSession,
    Closed,
}

/// <summary>The typed kinds of agenda items.</summary>
public enum AgendaItemKind
{
    /// <summary>政府工作报告</summary>
    GovernmentReport,
    /// <summary>财政预算报告</summary>
    BudgetReport,
    /// <summary>财政决算报告</summary>
    FinalAccountsReport,
    /// <summary>主席团工作报告</summary>
    PresidiumReport,
    /// <summary>选举</summary>
    Election,
    /// <summary>决议/决定</summary>
    Resolution,
    /// <summary>民生实事项目票决</summary>
    LivelihoodProjectVote,
    /// <summary>其他</summary>
    Other,
}

/// <summary>点名: 出席 / 请假 / 缺席.</summary>
public enum AttendanceStatus
{
    /// <summary>Not yet called.</summary>
    Unmarked,
    Present,
    OnLeave,
    Absent,
}

/// <summary>Offices filled by election at a township congress session.</summary>
public enum ElectionOffice
{
    /// <summary>人大主席</summary>
    Chair,
    /// <summary>人大副主席</summary>
    ViceChair,
    /// <summary>乡镇长</summary>
    Head,
    /// <summary>副乡镇长</summary>
    DeputyHead,
    /// <summary>主席团成员</summary>
    PresidiumMember,
    /// <summary>其他</summary>
    Other,
}

/// <summary>Where an election stands: prepared before the vote (its ballot can be printed), or with its results.</summary>
public enum ElectionStatus
{
    /// <summary>Results recorded; the default, as elections entered with their votes have always been.</summary>
    Recorded,
    /// <summary>Office, seats and candidates fixed, no votes yet.</summary>
    Prepared,
}

/// <summary>决议 or 决定.</summary>
public enum VoteKind
{
    Resolution,
    Decision,
}
