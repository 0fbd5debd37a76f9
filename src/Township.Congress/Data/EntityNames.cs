namespace Township.Congress.Data;

/// <summary>Chinese names of stored record types, for messages and the audit browser.</summary>
public static class EntityNames
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["County"] = "县区",
        ["Township"] = "乡镇",
        ["Village"] = "村",
        ["Term"] = "届次",
        ["Deputy"] = "代表",
        ["DeputyStatusChange"] = "代表状态变更",
        ["DeputyGroup"] = "代表小组",
        ["LiaisonStation"] = "代表联络站",
        ["ChecklistItem"] = "九有事项",
        ["CongressSession"] = "人代会会议",
        ["AgendaItem"] = "会议议程",
        ["AgendaDocument"] = "会议文件",
        ["SessionAttendance"] = "会议点名",
        ["SessionVote"] = "表决",
        ["SessionCorrection"] = "会议记录更正",
        ["DeputyVote"] = "代表表决意见",
        ["Election"] = "选举",
        ["ElectionCandidate"] = "候选人",
        ["LivelihoodCandidate"] = "民生实事候选项目",
        ["SessionPresidiumMember"] = "会议主席团成员",
        ["OfficeHolder"] = "任职记录",
        ["PresidiumMeeting"] = "主席团会议",
        ["PresidiumAction"] = "主席团会议落实事项",
        ["Suggestion"] = "议案建议",
        ["SuggestionSigner"] = "领衔附议代表",
        ["SuggestionAssignment"] = "交办记录",
        ["SuggestionAnswer"] = "答复",
        ["SuggestionFeedback"] = "代表反馈",
        ["SuggestionEvent"] = "办理过程",
        ["SuggestionAttachment"] = "附件",
        ["HandlingUnit"] = "承办单位",
        ["SuggestionCategory"] = "建议分类",
        ["CountySetting"] = "县级规则设置",
        ["Activity"] = "代表活动",
        ["RectificationItem"] = "整改事项",
        ["ActivityUnit"] = "活动所到单位",
        ["ActivityParticipant"] = "活动参加代表",
        ["ActivityOpinion"] = "活动意见",
        ["ActivityFile"] = "活动照片和附件",
        ["ActivitySuggestion"] = "活动提出的建议",
        ["GroupPlanItem"] = "代表小组活动计划",
    };

    public static string Chinese(string typeName) => Names.GetValueOrDefault(typeName, "记录");
}
