namespace Township.Congress.Data;

/// <summary>
/// Chinese names of stored and typed fields, for messages that name the field ("民族不能超过16个字").
/// Looked up as "Entity.Property" first, then by the property alone; an unknown one shows its own name.
/// </summary>
public static class FieldLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Deputy.Name"] = "姓名", ["ElectionCandidate.Name"] = "候选人姓名", ["OfficeHolder.Name"] = "姓名",
        ["SuggestionCategory.Name"] = "分类名称", ["HandlingUnit.Name"] = "单位名称", ["LivelihoodCandidate.Name"] = "项目名称",
        ["DeputyStatusChange.Reason"] = "变更原因", ["SuggestionFeedback.Comment"] = "反馈意见",
        ["SuggestionAnswer.Text"] = "答复内容", ["Notification.Text"] = "通知内容", ["SuggestionWrite.Suggestion"] = "建议",
        ["Name"] = "名称", ["Gender"] = "性别", ["Ethnicity"] = "民族", ["BirthDate"] = "出生日期", ["IdCardNumber"] = "公民身份号码",
        ["Affiliation"] = "政治面貌", ["Education"] = "学历", ["Occupation"] = "职业", ["Category"] = "代表结构", ["Levels"] = "代表层级",
        ["VillageId"] = "村（社区）", ["WorkUnit"] = "工作单位", ["Constituency"] = "选区", ["Phone"] = "联系电话", ["GroupId"] = "代表小组",
        ["InOfficeSince"] = "任职日期", ["Status"] = "状态", ["EffectiveOn"] = "变更日期", ["Reason"] = "原因", ["Version"] = "版本号",
        ["TownshipId"] = "乡镇", ["Deputy"] = "代表信息", ["Suggestion"] = "建议信息",
        ["Kind"] = "类别", ["Title"] = "标题", ["Text"] = "内容", ["LeadDeputyId"] = "领衔代表", ["CoSignerIds"] = "附议代表",
        ["FromPresidium"] = "主席团提出", ["CategoryId"] = "分类", ["SessionId"] = "会议", ["SubmittedOn"] = "提出日期",
        ["Source"] = "来源", ["SourceNote"] = "来源说明", ["IsComplex"] = "复杂件", ["Action"] = "办理步骤", ["OnDate"] = "日期",
        ["Comment"] = "意见", ["UnitId"] = "承办单位", ["CoUnitIds"] = "协办单位", ["AnswerClass"] = "答复类别", ["DeputyId"] = "代表",
        ["Satisfaction"] = "满意度", ["Supervisor"] = "督办人", ["Implementation"] = "落实情况", ["SourceIds"] = "并案的建议",
        ["ReviewReason"] = "审查意见", ["ReturnReason"] = "退回理由", ["Summary"] = "摘要", ["UserName"] = "用户名", ["Password"] = "密码",
        ["Venue"] = "会议地点", ["Place"] = "地点", ["PresidedBy"] = "主持人", ["Attendees"] = "出席人员", ["Absentees"] = "缺席人员",
        ["Topics"] = "议题", ["Decisions"] = "决定事项", ["MinutesNotes"] = "纪要", ["Description"] = "说明", ["Owner"] = "责任人",
        ["Result"] = "落实结果", ["NonVotingAttendees"] = "列席人员", ["MinutesIntro"] = "纪要开头", ["MinutesClosing"] = "纪要结尾",
        ["QuorumOverrideReason"] = "说明理由", ["LeaveReason"] = "请假理由", ["DeliberationOpinions"] = "审议意见", ["OfficeTitle"] = "职务名称",
        ["OwnerUnit"] = "责任单位", ["ContactPerson"] = "联系人", ["ContactPhone"] = "联系电话", ["DutyRoster"] = "值班安排",
        ["OpeningHours"] = "开放时间", ["Note"] = "备注", ["Item"] = "事项", ["FileName"] = "文件名", ["ContentType"] = "文件类型",
        ["DisplayName"] = "显示名称", ["File"] = "文件", ["Year"] = "年度", ["Page"] = "页码", ["PageSize"] = "每页条数",
        ["Take"] = "条数", ["Body"] = "请求正文", ["Q"] = "查询词", ["ProposedBy"] = "提议人", ["PlannedStart"] = "计划开始日期", ["PlannedEnd"] = "计划结束日期",
        ["RecordedBy"] = "记录人", ["Scrutineers"] = "监票人", ["Counters"] = "计票人", ["BallotsIssued"] = "发出选票数",
        ["BallotsCast"] = "收回选票数", ["BallotsValid"] = "有效票数", ["BallotsInvalid"] = "无效票数", ["HalfDays"] = "按半天安排",
        ["StationId"] = "代表联络站", ["NoticePostedOn"] = "公告张贴日期", ["DutyDeputyIds"] = "值班代表", ["Visits"] = "接待记录",
        ["VisitorName"] = "来访人姓名", ["Matter"] = "反映事项", ["Disposition"] = "处理方式", ["Reply"] = "答复或转办情况",
        ["ReceivedById"] = "接待代表", ["SuggestionTitle"] = "建议标题", ["Constituents"] = "联系人数", ["Way"] = "联系方式", ["Raised"] = "反映的问题",
        ["Plan"] = "评议方案", ["StartsOn"] = "开始日期", ["EndsOn"] = "结束日期", ["PublishedOn"] = "公布日期", ["HeardOn"] = "汇报日期",
        ["Subjects"] = "评议对象", ["SubjectId"] = "评议对象", ["Marks"] = "测评等次", ["ActivityId"] = "活动", ["Deadline"] = "整改期限",
        ["Satisfied"] = "满意票数", ["BasicallySatisfied"] = "基本满意票数", ["Unsatisfied"] = "不满意票数", ["Post"] = "职务",
        ["Appraisal"] = "评议信息", ["Appraisal.Title"] = "评议名称",
        ["LivelihoodProject.Name"] = "项目名称", ["LivelihoodMilestone.Name"] = "节点名称", ["OwnerUnitId"] = "责任单位", ["OwnerUnitName"] = "责任单位",
        ["Budget"] = "预算", ["PresidiumMemberId"] = "联系主席团成员", ["MonitorDeputyId"] = "监督代表", ["Milestones"] = "项目节点",
        ["PlannedOn"] = "计划完成日期", ["DoneOn"] = "实际完成日期", ["Weight"] = "权重", ["Satisfied"] = "满意票数",
        ["BasicallySatisfied"] = "基本满意票数", ["Unsatisfied"] = "不满意票数", ["VotedOn"] = "测评日期", ["Project"] = "项目信息",
        ["State"] = "项目状态", ["SpeakerIds"] = "发表意见的代表",
    };

    public static string Of(string? entity, string property) =>
        entity is not null && Labels.TryGetValue($"{entity}.{property}", out var specific) ? specific
        : Labels.TryGetValue(property, out var label) ? label : property;
}
