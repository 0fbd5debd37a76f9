using Township.Congress.Formatting;

namespace Township.Congress.Suggestions;

/// <summary>
/// Chinese names of the lifecycle, used by pages, prints and spreadsheets alike. Read a name with
/// <c>Of(value)</c>; the tables list the choices.
/// </summary>
public static class SuggestionLabels
{
    public static readonly EnumLabels<SuggestionKind> Kind = new(
        (SuggestionKind.Motion, "议案"),
        (SuggestionKind.Suggestion, "建议"),
        (SuggestionKind.Criticism, "批评"),
        (SuggestionKind.Opinion, "意见"));

    public static readonly EnumLabels<SuggestionState> State = new(
        (SuggestionState.Submitted, "已提出"),
        (SuggestionState.Registered, "待交办"),
        (SuggestionState.Assigned, "已交办"),
        (SuggestionState.Handling, "办理中"),
        (SuggestionState.Answered, "已答复"),
        (SuggestionState.Evaluated, "已评价"),
        (SuggestionState.Closed, "已办结"),
        (SuggestionState.NotAccepted, "不予立案"),
        (SuggestionState.Merged, "已并案"));

    public static readonly EnumLabels<SuggestionAction> Action = new(
        (SuggestionAction.Submit, "提出"),
        (SuggestionAction.Accept, "立案（登记）"),
        (SuggestionAction.ConvertToSuggestion, "转为建议"),
        (SuggestionAction.Reject, "不予立案"),
        (SuggestionAction.Assign, "交办"),
        (SuggestionAction.Start, "签收办理"),
        (SuggestionAction.Return, "退回"),
        (SuggestionAction.Answer, "答复"),
        (SuggestionAction.CoUnitOpinion, "协办意见"),
        (SuggestionAction.Feedback, "代表反馈"),
        (SuggestionAction.Supervise, "重点督办"),
        (SuggestionAction.SupervisionNote, "督办记录"),
        (SuggestionAction.Close, "办结"),
        (SuggestionAction.UpdateImplementation, "更新落实情况"),
        (SuggestionAction.Merge, "并案"),
        (SuggestionAction.Edit, "修改"),
        (SuggestionAction.CountySupervise, "县人大督办"));

    public static readonly EnumLabels<SuggestionSource> Source = new(
        (SuggestionSource.Deputy, "代表提出"),
        (SuggestionSource.ConstituentContact, "联系选民"),
        (SuggestionSource.Activity, "代表活动"));

    public static readonly EnumLabels<AnswerClass> AnswerClasses = new(
        (AnswerClass.A, "A类（已解决或采纳）"),
        (AnswerClass.B, "B类（正在解决或列入计划）"),
        (AnswerClass.C, "C类（因条件限制暂不能解决）"));

    public static readonly EnumLabels<Satisfaction> Satisfactions = new(
        (Satisfaction.Satisfied, "满意"),
        (Satisfaction.BasicallySatisfied, "基本满意"),
        (Satisfaction.Dissatisfied, "不满意"));

    public static readonly EnumLabels<Implementation> Implementations = new(
        (Implementation.Implemented, "已落实"),
        (Implementation.PartlyImplemented, "部分落实"),
        (Implementation.NotImplemented, "未落实"));

    public static readonly EnumLabels<HandlingUnitKind> UnitKind = new(
        (HandlingUnitKind.TownshipOffice, "乡镇机构"),
        (HandlingUnitKind.Station, "站所"),
        (HandlingUnitKind.VillageCommittee, "村（居）委会"),
        (HandlingUnitKind.CountyDepartment, "县直部门"));

    public static string Of(SuggestionKind kind) => Kind.Of(kind);

    public static string Of(SuggestionState state) => State.Of(state);

    public static string Of(SuggestionAction action) => Action.Of(action);

    public static string Of(SuggestionSource source) => Source.Of(source);

    public static string Of(AnswerClass c) => AnswerClasses.Of(c);

    /// <summary>A类 — the class without its explanation, for tables.</summary>
    public static string Short(AnswerClass c) => AnswerClasses.Has(c) ? $"{c}类" : EnumLabels.Unknown(c);

    public static string Of(Satisfaction s) => Satisfactions.Of(s);

    public static string Of(Implementation i) => Implementations.Of(i);

    public static string Of(HandlingUnitKind k) => UnitKind.Of(k);

    /// <summary>Action names as the API spells them ("assign", "co-unit-opinion").</summary>
    public static string ApiName(SuggestionAction action) =>
        string.Concat(action.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static SuggestionAction? ParseApiName(string? name) =>
        Enum.GetValues<SuggestionAction>().Cast<SuggestionAction?>().FirstOrDefault(a => ApiName(a!.Value) == (name ?? "").Trim().ToLowerInvariant());
}
