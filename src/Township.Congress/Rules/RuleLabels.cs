using Township.Congress.Formatting;

namespace Township.Congress.Rules;

public static class RuleLabels
{
    #region Chinese by design: label tables
    public static readonly EnumLabels<RuleArea> Area = new(
        (RuleArea.Activities, "代表活动"),
        (RuleArea.VoterContact, "联系选民"),
        (RuleArea.VoterReports, "代表述职"),
        (RuleArea.Appraisals, "工作评议"),
        (RuleArea.LivelihoodProjects, "民生实事"),
        (RuleArea.Petitions, "信访接待"),
        (RuleArea.Suggestions, "议案建议"),
        (RuleArea.DeputyPoints, "履职积分"),
        (RuleArea.Scorecard, "乡镇人大工作考评"));

    public static readonly EnumLabels<RuleUnit> Unit = new(
        (RuleUnit.Count, "次"),
        (RuleUnit.Days, "天"),
        (RuleUnit.Percent, "%"),
        (RuleUnit.Points, "分"));
    #endregion
}
