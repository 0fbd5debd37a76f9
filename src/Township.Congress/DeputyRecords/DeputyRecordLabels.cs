using Township.Congress.Formatting;

namespace Township.Congress.DeputyRecords;

/// <summary>Chinese names of the record's enums, the same on the pages, in the API and in the prints.</summary>
public static class DeputyRecordLabels
{
    #region Chinese by design: label tables
    public static readonly EnumLabels<PointsBand> Bands = new(
        (PointsBand.Excellent, "优秀"),
        (PointsBand.Good, "良好"),
        (PointsBand.Pass, "合格"),
        (PointsBand.Fail, "不合格"));

    public static readonly EnumLabels<PointsKind> Points = new(
        (PointsKind.SuggestionLed, "领衔提出建议、议案"),
        (PointsKind.SuggestionCoSigned, "附议建议、议案"),
        (PointsKind.InspectionAttended, "参加视察、调研、检查"),
        (PointsKind.OtherActivityAttended, "参加其他代表活动"),
        (PointsKind.ReceptionDay, "接待选民值班"),
        (PointsKind.ReportToVoters, "向选民述职"),
        (PointsKind.DeclaredItem, "申报履职事项（已认可）"),
        (PointsKind.AbsentHalfDay, "无故缺席大会（每半天）"),
        (PointsKind.AbsentDay, "无故缺席大会（每天）"));

    public static readonly EnumLabels<DeputyFlagKind> Flags = new(
        (DeputyFlagKind.FewDaysOnDuty, "履职天数不足"),
        (DeputyFlagKind.Silent, "未提建议未发言"),
        (DeputyFlagKind.ContactShort, "联系选民不足"),
        (DeputyFlagKind.NoReportInTerm, "本届未述职"),
        (DeputyFlagKind.AbsentWithoutLeave, "无故缺席大会"),
        (DeputyFlagKind.LowestBandTwice, "连续两年不合格"));

    public static readonly EnumLabels<DeclaredItemKind> DeclaredKinds = new(
        (DeclaredItemKind.Finding, "代表发现"),
        (DeclaredItemKind.SoloContact, "单独联系选民"),
        (DeclaredItemKind.OutsideActivity, "参加上级活动"),
        (DeclaredItemKind.Other, "其他"));

    public static readonly EnumLabels<DeclaredItemState> DeclaredStates = new(
        (DeclaredItemState.Pending, "待审核"),
        (DeclaredItemState.Approved, "已认可"),
        (DeclaredItemState.Declined, "不予认可"));
    #endregion
}
