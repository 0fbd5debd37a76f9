using Township.Congress.Resources;
using Township.Congress.Rules;

namespace Township.Congress.Activities;

/// <summary>The thresholds of activities, each a county setting (see <see cref="RuleSetting"/>).</summary>
public static class ActivityRules
{
    /// <summary>A deputy group holds at least this many activities a year, else it is flagged.</summary>
    public static readonly RuleSetting GroupHeldPerYear =
        new("activities.group-held-per-year", RuleArea.Activities, RuleUnit.Count, 2, 0, 24, () => ModelText.Rule_GroupHeldPerYear);

    /// <summary>Whether a group's year falls short of <see cref="GroupHeldPerYear"/>.</summary>
    public static bool GroupIsShort(int heldInYear, CountyRules rules) => heldInYear < rules.Whole(GroupHeldPerYear);
}
