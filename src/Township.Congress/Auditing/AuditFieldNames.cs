namespace Township.Congress.Auditing;

/// <summary>
/// Chinese names of the stored fields the audit shows, for fields no form names (the change
/// guard writes property names; people read these). A name that differs by record type is
/// keyed "Type.Field"; the rest by field alone.
/// </summary>
public static class AuditFieldNames
{
    private static readonly Dictionary<string, string> ByType = new()
    {
        ["Deputy.Name"] = "姓名", ["ElectionCandidate.Name"] = "候选人", ["OfficeHolder.Name"] = "姓名",
        ["LivelihoodCandidate.Name"] = "项目名称", ["Suggestion.Text"] = "内容", ["SuggestionEvent.Action"] = "办理步骤",
        ["SuggestionAnswer.Text"] = "答复内容", ["SuggestionFeedback.Comment"] = "代表意见", ["Suggestion.Kind"] = "类别",
        ["HandlingUnit.Kind"] = "单位类型", ["AgendaItem.Kind"] = "议程类型", ["SessionVote.Kind"] = "表决类型",
        ["CongressSession.Kind"] = "会议类型", ["CongressSession.Ordinal"] = "会次", ["Term.Ordinal"] = "届次",
        ["CongressSession.Status"] = "会议状态", ["Election.Status"] = "选举状态", ["PresidiumAction.Status"] = "落实情况",
        ["Deputy.Status"] = "状态", ["SessionAttendance.Status"] = "出席情况", ["DeputyVote.Choice"] = "表决意见",
        ["SuggestionEvent.Note"] = "说明", ["ChecklistItem.Item"] = "九有事项", ["AgendaItem.Order"] = "议程序号",
        ["AuditEntry.DeletedCount"] = "删除条数", ["AuditEntry.DeletedBefore"] = "删除此前的记录",
    };

    private static readonly Dictionary<string, string> ByField = new()
    {
        ["where"] = "访问位置",
        ["TownshipId"] = "乡镇", ["CountyId"] = "县区", ["TermId"] = "届次", ["VillageId"] = "村（社区）", ["GroupId"] = "代表小组",
        ["DeputyId"] = "代表", ["LeadDeputyId"] = "领衔代表", ["LeaderId"] = "组长", ["DeputyLeaderId"] = "副组长",
        ["SessionId"] = "会议", ["AgendaItemId"] = "议程", ["ElectionId"] = "选举", ["VoteId"] = "表决事项",
        ["MeetingId"] = "主席团会议", ["StationId"] = "联络站", ["SuggestionId"] = "议案建议", ["MergedIntoId"] = "并入",
        ["CategoryId"] = "分类", ["UnitId"] = "承办单位", ["LeadUnitId"] = "主办单位", ["CoUnitIds"] = "协办单位",
        ["CoSignerIds"] = "附议代表", ["SourceIds"] = "被并建议", ["AnswerId"] = "答复", ["UserId"] = "用户",
        ["Name"] = "名称", ["Title"] = "标题", ["Text"] = "内容", ["Description"] = "说明", ["Note"] = "备注", ["Comment"] = "意见",
        ["Kind"] = "类型", ["Status"] = "状态", ["State"] = "办理状态", ["FromState"] = "原状态", ["ToState"] = "新状态",
        ["Action"] = "操作", ["From"] = "原状态", ["To"] = "新状态", ["Reason"] = "原因", ["EffectiveOn"] = "生效日期",
        ["RecordedBy"] = "记录人", ["RecordedAtUtc"] = "记录时间", ["RecordedOn"] = "记录日期", ["UserName"] = "操作人",
        ["AtUtc"] = "时间", ["OnDate"] = "日期", ["Date"] = "日期", ["Place"] = "地点", ["Venue"] = "会场",
        ["Ordinal"] = "序号", ["Order"] = "序号", ["SortOrder"] = "排序", ["Number"] = "编号", ["NumberInYear"] = "年内次序",
        ["Year"] = "年度", ["Sequence"] = "序号", ["Round"] = "办理轮次",
        ["Gender"] = "性别", ["Ethnicity"] = "民族", ["BirthDate"] = "出生日期", ["IdCardNumber"] = "公民身份号码",
        ["Affiliation"] = "政治面貌", ["Education"] = "文化程度", ["Occupation"] = "职业（职务）", ["Category"] = "代表结构",
        ["Levels"] = "代表层级", ["WorkUnit"] = "工作单位", ["Constituency"] = "选区", ["Phone"] = "联系电话",
        ["TookOfficeOn"] = "任职日期", ["StatusSince"] = "状态日期", ["ContactPerson"] = "联系人", ["ContactPhone"] = "联系电话",
        ["IsActive"] = "启用", ["Region"] = "区域", ["Population"] = "人口", ["OpeningHours"] = "开放时间", ["DutyRoster"] = "值班安排",
        ["IsDeputyHome"] = "代表之家", ["Members"] = "成员", ["Item"] = "事项", ["Met"] = "已具备",
        ["PlannedStart"] = "计划开始", ["PlannedEnd"] = "计划结束", ["ActualStart"] = "实际开始", ["ActualEnd"] = "实际结束",
        ["ProposedBy"] = "提议方", ["QuorumOverrideReason"] = "不足法定人数仍开会的理由", ["NonVotingAttendees"] = "列席人员",
        ["MinutesIntro"] = "纪要开头", ["MinutesClosing"] = "纪要结尾", ["MinutesNotes"] = "纪要备注", ["LivelihoodSeats"] = "民生实事项目数",
        ["DeliberationOpinions"] = "审议意见", ["LeaveReason"] = "请假事由", ["IsExecutiveChair"] = "常务主席",
        ["For"] = "赞成", ["Against"] = "反对", ["Abstain"] = "弃权", ["DeputiesInOffice"] = "在任代表数", ["Present"] = "出席人数",
        ["Adopted"] = "通过", ["RecordedPerDeputy"] = "逐人记录", ["Choice"] = "表决意见",
        ["Office"] = "职务", ["OfficeTitle"] = "职务名称", ["Seats"] = "应选人数", ["BallotsCast"] = "投票人数",
        ["Votes"] = "得票", ["Elected"] = "当选", ["Since"] = "任职起始", ["Chosen"] = "入选", ["EstimatedBudget"] = "预算",
        ["PresidedBy"] = "主持人", ["Attendees"] = "出席人员", ["Absentees"] = "缺席人员", ["Topics"] = "议题", ["Decisions"] = "决定事项",
        ["Owner"] = "责任人", ["DueOn"] = "完成时限", ["CompletedOn"] = "完成日期", ["Result"] = "落实结果",
        ["FileName"] = "文件名", ["ContentType"] = "文件类型", ["SizeBytes"] = "大小（字节）", ["Sha256"] = "校验值",
        ["Content"] = "文件内容", ["UploadedAtUtc"] = "上传时间", ["UploadedBy"] = "上传人",
        ["LeadDeputyName"] = "领衔代表", ["FromPresidium"] = "主席团提出", ["SubmittedOn"] = "提出日期", ["Source"] = "来源",
        ["SourceNote"] = "来源说明", ["IsComplex"] = "复杂事项", ["ReviewReason"] = "审查意见", ["MergedSourceCount"] = "并入件数",
        ["IsKeyItem"] = "重点督办", ["Supervisor"] = "督办人", ["FirstAssignedOn"] = "首次交办日期", ["FirstDeadline"] = "首次办理期限",
        ["AssignedOn"] = "交办日期", ["Deadline"] = "办理期限", ["FirstAnsweredOn"] = "首次答复日期", ["AnsweredOn"] = "答复日期",
        ["AnswerClass"] = "答复类别", ["LeadSatisfaction"] = "领衔代表满意度", ["Satisfaction"] = "满意度", ["ClosedOn"] = "办结日期",
        ["Implementation"] = "落实情况", ["IsLead"] = "领衔", ["IsLeadAnswer"] = "主办答复", ["Class"] = "答复类别",
        ["EndedOn"] = "结束日期", ["ReturnReason"] = "退回理由", ["EnteredBySecretary"] = "秘书代录", ["CreatedAtUtc"] = "创建时间",
        ["IsCurrent"] = "本届", ["StartYear"] = "起始年", ["EndYear"] = "结束年", ["DeputyName"] = "代表",
    };

    /// <summary>The field's Chinese name, or null when the table has none (the caller decides the fallback).</summary>
    public static string? Chinese(string entityType, string field) =>
        ByType.GetValueOrDefault($"{entityType}.{field}") ?? ByField.GetValueOrDefault(field);

    /// <summary>
    /// The record type a reference field points to, so the audit shows the record's name instead of its key.
    /// </summary>
    public static string? ReferenceType(string field) => field switch
    {
        "TownshipId" => "Township", "CountyId" => "County", "TermId" => "Term", "VillageId" => "Village", "GroupId" => "DeputyGroup",
        "DeputyId" or "LeadDeputyId" or "LeaderId" or "DeputyLeaderId" or "CoSignerIds" => "Deputy",
        "SessionId" => "CongressSession", "AgendaItemId" => "AgendaItem", "ElectionId" => "Election", "VoteId" => "SessionVote",
        "MeetingId" => "PresidiumMeeting", "StationId" => "LiaisonStation",
        "SuggestionId" or "MergedIntoId" or "SourceIds" => "Suggestion", "CategoryId" => "SuggestionCategory",
        "UnitId" or "LeadUnitId" or "CoUnitIds" => "HandlingUnit", "AnswerId" => "SuggestionAnswer",
        _ => null,
    };
}
