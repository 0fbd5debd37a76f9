using Township.Congress.Appraisals;
using Township.Congress.Resources;
using Township.Congress.Rules;

namespace Township.Congress.LivelihoodProjects;

/// <summary>
/// The rules of a chosen project's follow-up. Progress is weighted: the weights of the milestones done
/// over the weights of all milestones, so a milestone of weight 3 counts three times one of weight 1;
/// a project without milestones has made no measurable progress (0%).
/// </summary>
public static class LivelihoodRules
{
    /// <summary>An open milestone whose planned date is at most this many days away is shown as due soon.</summary>
    public static readonly RuleSetting DueSoonDays =
        new("livelihood.due-soon-days", RuleArea.LivelihoodProjects, RuleUnit.Days, 15, 0, 90, () => ModelText.Rule_LivelihoodDueSoonDays);

    /// <summary>Weighted progress in percent, one decimal; 0 without milestones.</summary>
    public static decimal ProgressPercent(IEnumerable<(int Weight, bool Done)> milestones)
    {
        var list = milestones.ToList();
        var total = list.Sum(m => (long)m.Weight);
        if (total <= 0) return 0m;
        var done = list.Where(m => m.Done).Sum(m => (long)m.Weight);
        return Math.Round(100m * done / total, 1, MidpointRounding.AwayFromZero);
    }

    public static decimal ProgressPercent(IEnumerable<LivelihoodMilestone> milestones) =>
        ProgressPercent(milestones.Select(m => (m.Weight, m.IsDone)));

    /// <summary>Not done after its planned day.</summary>
    public static bool IsOverdue(DateOnly plannedOn, DateOnly? doneOn, DateOnly today) => doneOn is null && today > plannedOn;

    /// <summary>Not done, not overdue, and planned within <see cref="DueSoonDays"/> from today.</summary>
    public static bool IsDueSoon(DateOnly plannedOn, DateOnly? doneOn, DateOnly today, CountyRules rules) =>
        doneOn is null && plannedOn >= today && plannedOn.DayNumber - today.DayNumber <= rules.Whole(DueSoonDays);

    /// <summary>The year-end vote's grade by the appraisal rule; null before the vote.</summary>
    public static SatisfactionGrade? Grade(LivelihoodProject project, CountyRules rules) =>
        project.Satisfied is { } s && project.BasicallySatisfied is { } b && project.Unsatisfied is { } u
            ? SatisfactionRule.Grade(s, b, u, rules)
            : null;
}
