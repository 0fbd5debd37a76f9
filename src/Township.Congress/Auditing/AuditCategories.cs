namespace Township.Congress.Auditing;

/// <summary>One choice of the audit browser's type filter: the record types (and refusals) it covers.</summary>
public sealed record AuditCategory(string Key, string Label, IReadOnlyList<string> EntityTypes, IReadOnlyList<AuditAction>? Actions = null);

/// <summary>
/// The audit browser's type filter, in the words of the people who use it. A record and its parts
/// go together (an item with its assignments, answers and timeline), so one choice finds them all.
/// </summary>
public static class AuditCategories
{
    public static readonly IReadOnlyList<AuditCategory> All =
    [
        new("deputies", "代表", ["Deputy", "DeputyStatusChange"]),
        new("groups", "代表小组", ["DeputyGroup"]),
        new("stations", "代表联络站", ["LiaisonStation", "ChecklistItem"]),
        new("sessions", "人代会会议", ["CongressSession", "SessionAttendance", "SessionPresidiumMember", "SessionCorrection"]),
        new("agenda", "会议议程与文件", ["AgendaItem", "AgendaDocument"]),
        new("votes", "表决", ["SessionVote", "DeputyVote"]),
        new("elections", "选举与任职", ["Election", "ElectionCandidate", "OfficeHolder"]),
        new("livelihood", "民生实事", ["LivelihoodCandidate"]),
        new("presidium", "主席团会议", ["PresidiumMeeting", "PresidiumAction"]),
        new("suggestions", "议案建议", ["Suggestion", "SuggestionSigner", "SuggestionAssignment", "SuggestionAnswer",
            "SuggestionFeedback", "SuggestionEvent", "SuggestionAttachment"]),
        new("units", "承办单位与建议分类", ["HandlingUnit", "SuggestionCategory"]),
        new("townships", "乡镇、村与届次", ["County", "Township", "Village", "Term"]),
        new("login", "登录与退出", ["Login"]),
        new("refused", "被拒绝的访问", [], [AuditAction.AccessDenied, AuditAction.WriteRefused]),
    ];

    public static AuditCategory? Find(string? key) => All.FirstOrDefault(c => c.Key == key);

    /// <summary>The category a record type belongs to, for the row's label; null for types outside every category.</summary>
    public static AuditCategory? Of(string entityType) => All.FirstOrDefault(c => c.EntityTypes.Contains(entityType));
}
