namespace Township.Congress.Rules;

/// <summary>The part of the work a threshold belongs to: the settings page groups by it.</summary>
public enum RuleArea
{
    Activities,
    VoterContact,
    VoterReports,
    Appraisals,
    LivelihoodProjects,
    Petitions,
    Suggestions,
    DeputyPoints,
    Scorecard,
}

/// <summary>What a threshold's number means, for its input and how it is printed.</summary>
public enum RuleUnit
{
    Count,
    Days,
    Percent,
    Points,
}

/// <summary>
/// One threshold a county may change (domain.md, "Rules found in practice"): a key that never changes,
/// the default the app ships with and the range an administrator may set. Features declare their
/// settings as static fields next to their rules (e.g. <c>ActivityRules.GroupHeldPerYear</c>);
/// <see cref="RuleCatalog"/> finds them, so no central list has to be kept in step.
/// </summary>
/// <param name="Key">Stable storage key, <c>area.name</c> in kebab case.</param>
/// <param name="Label">The Chinese name of the rule, read from ModelText in the current culture.</param>
public sealed record RuleSetting(string Key, RuleArea Area, RuleUnit Unit, decimal Default, decimal Min, decimal Max, Func<string> Label)
{
    /// <summary>Whether <paramref name="value"/> may be set (inside the range; whole numbers except percents).</summary>
    public bool Accepts(decimal value) =>
        value >= Min && value <= Max && (Unit == RuleUnit.Percent || value == decimal.Truncate(value));
}
