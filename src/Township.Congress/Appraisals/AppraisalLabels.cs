using Township.Congress.Formatting;

namespace Township.Congress.Appraisals;

/// <summary>Chinese names of the appraisal enums, the same on the page and in the prints.</summary>
public static class AppraisalLabels
{
    #region Chinese by design: label tables
    public static readonly EnumLabels<AppraisalState> States = new(
        (AppraisalState.Planned, "计划中"),
        (AppraisalState.InProgress, "进行中"),
        (AppraisalState.Published, "已公布"));

    public static readonly EnumLabels<SatisfactionGrade> Grades = new(
        (SatisfactionGrade.Satisfied, "满意"),
        (SatisfactionGrade.BasicallySatisfied, "基本满意"),
        (SatisfactionGrade.Unsatisfied, "不满意"));

    public static readonly EnumLabels<AppraisalSubjectKind> SubjectKinds = new(
        (AppraisalSubjectKind.Unit, "单位"),
        (AppraisalSubjectKind.Official, "干部"));
    #endregion

    public static string Of(AppraisalState state) => States.Of(state);
    public static string Of(SatisfactionGrade grade) => Grades.Of(grade);
    public static string Of(AppraisalSubjectKind kind) => SubjectKinds.Of(kind);
}
