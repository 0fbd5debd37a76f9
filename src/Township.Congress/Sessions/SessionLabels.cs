using Township.Congress.Formatting;

namespace Township.Congress.Sessions;

/// <summary>
/// Chinese names of the session enums: domain terms printed in minutes and ballots. Read a name with
/// <c>Of(value)</c>; the tables list the choices.
/// </summary>
public static class SessionLabels
{
    public static readonly EnumLabels<AgendaItemKind> AgendaKind = new(
        (AgendaItemKind.GovernmentReport, "政府工作报告"),
        (AgendaItemKind.BudgetReport, "财政预算报告"),
        (AgendaItemKind.FinalAccountsReport, "财政决算报告"),
        (AgendaItemKind.PresidiumReport, "主席团工作报告"),
        (AgendaItemKind.Election, "选举"),
        (AgendaItemKind.Resolution, "决议/决定"),
        (AgendaItemKind.LivelihoodProjectVote, "民生实事项目票决"),
        (AgendaItemKind.Other, "其他"));

    public static readonly EnumLabels<AttendanceStatus> Attendance = new(
        (AttendanceStatus.Unmarked, "未点名"),
        (AttendanceStatus.Present, "出席"),
        (AttendanceStatus.OnLeave, "请假"),
        (AttendanceStatus.Absent, "缺席"));

    public static readonly EnumLabels<ElectionOffice> Office = new(
        (ElectionOffice.Chair, "人大主席"),
        (ElectionOffice.ViceChair, "人大副主席"),
        (ElectionOffice.Head, "乡镇长"),
        (ElectionOffice.DeputyHead, "副乡镇长"),
        (ElectionOffice.PresidiumMember, "主席团成员"),
        (ElectionOffice.Other, "其他"));

    public static readonly EnumLabels<SessionStatus> Status = new(
        (SessionStatus.Planned, "筹备中"),
        (SessionStatus.InSession, "会议中"),
        (SessionStatus.Closed, "已闭会"));

    public static readonly EnumLabels<VoteKind> VoteKinds = new(
        (VoteKind.Resolution, "决议"),
        (VoteKind.Decision, "决定"));

    public static readonly EnumLabels<ElectionStatus> Election = new(
        (ElectionStatus.Recorded, "已计票"),
        (ElectionStatus.Prepared, "待投票"));

    public static readonly EnumLabels<SessionKind> Kind = new(
        (SessionKind.Regular, "例会"),
        (SessionKind.Extraordinary, "临时会议"));

    public static readonly EnumLabels<ExtraordinaryProposer> Proposer = new(
        (ExtraordinaryProposer.OneFifthOfDeputies, "五分之一以上代表提议"),
        (ExtraordinaryProposer.Presidium, "主席团提议"));

    public static string Of(AgendaItemKind kind) => AgendaKind.Of(kind);

    public static string Of(AttendanceStatus status) => Attendance.Of(status);

    public static string Of(ElectionOffice office) => Office.Of(office);

    public static string Of(SessionStatus status) => Status.Of(status);

    public static string Of(VoteKind kind) => VoteKinds.Of(kind);

    public static string Of(SessionKind kind) => Kind.Of(kind);

    public static string Of(ElectionStatus status) => Election.Of(status);

    public static string Of(ExtraordinaryProposer proposer) => Proposer.Of(proposer);
}
