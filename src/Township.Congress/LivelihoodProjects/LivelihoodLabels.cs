using Township.Congress.Appraisals;
using Township.Congress.Formatting;

namespace Township.Congress.LivelihoodProjects;

/// <summary>Chinese names of the livelihood projects' states and of the satisfaction grades.</summary>
public static class LivelihoodLabels
{
    #region Chinese by design: label tables
    public static readonly EnumLabels<LivelihoodProjectState> State = new(
        (LivelihoodProjectState.InProgress, "实施中"),
        (LivelihoodProjectState.Completed, "已完成"),
        (LivelihoodProjectState.CarriedOver, "结转下年"));

    public static readonly EnumLabels<SatisfactionGrade> Grade = new(
        (SatisfactionGrade.Satisfied, "满意"),
        (SatisfactionGrade.BasicallySatisfied, "基本满意"),
        (SatisfactionGrade.Unsatisfied, "不满意"));
    #endregion
}
