using Township.Congress.Resources;
using Township.Congress.Rules;

namespace Township.Congress.Appraisals;

/// <summary>满意 / 基本满意 / 不满意: the grades of an appraisal or a satisfaction vote.</summary>
public enum SatisfactionGrade
{
    Satisfied,
    BasicallySatisfied,
    Unsatisfied,
}

/// <summary>
/// The counting rule of appraisals (工作评议) and of the livelihood projects' year-end vote
/// (domain.md, "Appraisal"): 满意 when the 满意 votes exceed half of those voting; 基本满意 when
/// 满意 + 基本满意 exceed half; otherwise 不满意. "Half" is a county setting; exactly half is not
/// more than half.
/// </summary>
public static class SatisfactionRule
{
    public static readonly RuleSetting MajorityPercent =
        new("appraisals.majority-percent", RuleArea.Appraisals, RuleUnit.Percent, 50, 50, 99, () => ModelText.Rule_AppraisalMajorityPercent);

    /// <summary>The grade of one unit from its counts; null when nobody voted (no result to publish).</summary>
    public static SatisfactionGrade? Grade(int satisfied, int basicallySatisfied, int unsatisfied, CountyRules rules)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(satisfied);
        ArgumentOutOfRangeException.ThrowIfNegative(basicallySatisfied);
        ArgumentOutOfRangeException.ThrowIfNegative(unsatisfied);
        var voting = satisfied + basicallySatisfied + unsatisfied;
        if (voting == 0) return null;
        // Compare counts with the share of votes in decimals: no rounding of percentages at the edge.
        var needed = voting * rules.Fraction(MajorityPercent);
        if (satisfied > needed) return SatisfactionGrade.Satisfied;
        if (satisfied + basicallySatisfied > needed) return SatisfactionGrade.BasicallySatisfied;
        return SatisfactionGrade.Unsatisfied;
    }
}
