using System.Globalization;
using Township.Congress.Activities;
using Township.Congress.Figures;
using Township.Congress.Resources;
using Township.Congress.Rules;
using Township.Congress.Suggestions;

namespace Township.Congress.Scorecards;

/// <summary>What the scorecard needs beyond <see cref="TownshipYearFigures"/> (docs/figures.md, "The scorecard's own facts").</summary>
/// <param name="Groups">The township's deputy groups.</param>
/// <param name="GroupsOnTarget">Groups whose held activities of the year reach <see cref="ActivityRules.GroupHeldPerYear"/>.</param>
/// <param name="Stations">代表之家 and liaison stations of the township.</param>
/// <param name="StationsComplete">Stations with every item of the 九有 checklist met.</param>
/// <param name="ChecklistMet">Checklist items met over all stations (of <c>9 × Stations</c>).</param>
public sealed record ScorecardFacts(int Groups, int GroupsOnTarget, int Stations, int StationsComplete, int ChecklistMet)
{
    public const int ChecklistItems = 9;
    public static ScorecardFacts None { get; } = new(0, 0, 0, 0, 0);
}

/// <summary>A hand score as the scorecard shows it (the evidence's bytes are fetched on their own).</summary>
public sealed record HandScoreView(Guid Id, Guid TownshipId, int Year, ScorecardCriterion Criterion, decimal Points, string Note, string ScoredBy,
    DateTime ScoredAtUtc, string? EvidenceName, long Version);

/// <summary>One criterion of one township: the points, the most it gives, and the data behind them in words.</summary>
public sealed record CriterionScore(ScorecardCriterion Criterion, string Name, decimal Points, decimal Max, bool ByHand, string Data)
{
    public HandScoreView? Hand { get; init; }
}

/// <summary>One township's row of the scorecard.</summary>
public sealed record TownshipScore(Guid TownshipId, string TownshipName, int Number, IReadOnlyList<CriterionScore> Criteria, decimal Total,
    ScorecardBand Band, string BandName, int Rank);

/// <summary>
/// 乡镇人大工作考评 as pure rules: each computed criterion from the year's figures, with its partial credit (docs/scorecard.md), the
/// hand-scored ones as the county entered them, the total, the band and the rank.
/// </summary>
public static class ScorecardRules
{
    public static IReadOnlyList<CriterionScore> Criteria(TownshipYearFigures f, ScorecardFacts facts, IReadOnlyCollection<HandScoreView> hand,
        CountyRules rules) =>
        Enum.GetValues<ScorecardCriterion>().Select(c => Score(c, f, facts, hand.FirstOrDefault(h => h.Criterion == c), rules)).ToList();

    public static CriterionScore Score(ScorecardCriterion c, TownshipYearFigures f, ScorecardFacts facts, HandScoreView? hand, CountyRules rules)
    {
        var max = ScorecardScheme.MaxPoints(c, rules);
        var name = ScorecardLabels.Criteria.Of(c);
        if (ScorecardScheme.IsByHand(c))
            return new CriterionScore(c, name, hand is null ? 0 : Math.Min(hand.Points, max), max, true,
                hand is null ? ModelText.Score_NotScored : hand.Note) { Hand = hand };
        var (share, data) = c switch
        {
            ScorecardCriterion.Sessions => Sessions(f, rules),
            ScorecardCriterion.PresidiumMeetings => Presidium(f, rules),
            ScorecardCriterion.CollectiveActivities => Activities(f, rules),
            ScorecardCriterion.VoterReports => (Share(f.VoterReports, rules.Whole(ScorecardScheme.VoterReportsRequired)),
                string.Format(CultureInfo.InvariantCulture, ModelText.Score_VoterReportsData, f.VoterReports, rules.Whole(ScorecardScheme.VoterReportsRequired))),
            ScorecardCriterion.Suggestions => Suggestions(f.Suggestions, rules),
            ScorecardCriterion.GroupActivities => facts.Groups == 0 ? (0m, ModelText.Score_NoGroups)
                : ((decimal)facts.GroupsOnTarget / facts.Groups, string.Format(CultureInfo.InvariantCulture, ModelText.Score_GroupsData,
                    facts.Groups, rules.Whole(ActivityRules.GroupHeldPerYear), facts.GroupsOnTarget)),
            ScorecardCriterion.LiaisonStations => facts.Stations == 0 ? (0m, ModelText.Score_NoStations)
                : ((decimal)facts.ChecklistMet / (ScorecardFacts.ChecklistItems * facts.Stations), string.Format(CultureInfo.InvariantCulture,
                    ModelText.Score_StationsData, facts.Stations, facts.StationsComplete, facts.ChecklistMet, ScorecardFacts.ChecklistItems * facts.Stations)),
            _ => throw new ArgumentOutOfRangeException(nameof(c)),
        };
        return new CriterionScore(c, name, Round(max * share), max, false, data);
    }

    /// <summary>The township rows, ranked by total (equal totals share a rank, the next rank skips: 1, 2, 2, 4).</summary>
    public static IReadOnlyList<TownshipScore> Rank(IEnumerable<(TownshipYearFigures Figures, IReadOnlyList<CriterionScore> Criteria)> rows, CountyRules rules)
    {
        var scored = rows.Select(r => (r.Figures, r.Criteria, Total: r.Criteria.Sum(c => c.Points))).ToList();
        return scored.Select(r =>
        {
            var band = ScorecardScheme.Band(r.Total, rules);
            return new TownshipScore(r.Figures.TownshipId, r.Figures.TownshipName, r.Figures.Number, r.Criteria, r.Total, band,
                ScorecardLabels.Bands.Of(band), 1 + scored.Count(o => o.Total > r.Total));
        }).OrderBy(r => r.Rank).ThenBy(r => r.Number).ToList();
    }

    /// <summary>How far toward a count's requirement: 1 at or above it (and when nothing is required).</summary>
    public static decimal Share(int actual, int required) => required <= 0 ? 1 : Math.Min(1m, (decimal)actual / required);

    /// <summary>How far a rate is toward its required percent; a rate with nothing to count has nothing left undone (1).</summary>
    public static decimal Share(Rate rate, decimal requiredPercent) =>
        rate.Percent is not { } p || requiredPercent <= 0 ? 1 : Math.Min(1m, p / requiredPercent);

    public static decimal Round(decimal points) => Math.Round(points, 1, MidpointRounding.AwayFromZero);

    private static (decimal, string) Sessions(TownshipYearFigures f, CountyRules rules)
    {
        var required = rules.Whole(ScorecardScheme.SessionsRequired);
        return (Share(f.SessionsHeld, required), string.Format(CultureInfo.InvariantCulture, ModelText.Score_SessionsData, f.SessionsHeld, required));
    }

    /// <summary>Meetings toward the count; an attendance below the threshold (or not recorded) halves the points.</summary>
    private static (decimal, string) Presidium(TownshipYearFigures f, CountyRules rules)
    {
        var required = rules.Whole(ScorecardScheme.PresidiumRequired);
        var attendance = rules[ScorecardScheme.PresidiumAttendance];
        var met = f.PresidiumAttendance.Percent is { } p && p >= attendance;
        return (Share(f.PresidiumMeetings, required) * (met ? 1m : 0.5m), string.Format(CultureInfo.InvariantCulture, ModelText.Score_PresidiumData,
            f.PresidiumMeetings, required, f.PresidiumAttendance.Text, attendance));
    }

    /// <summary>60% for the number of activities held, 20% for the appraisals, 20% for the law-enforcement checks.</summary>
    private static (decimal, string) Activities(TownshipYearFigures f, CountyRules rules)
    {
        var required = rules.Whole(ScorecardScheme.ActivitiesRequired);
        var appraisals = rules.Whole(ScorecardScheme.AppraisalsRequired);
        var checks = rules.Whole(ScorecardScheme.LawChecksRequired);
        var lawChecks = f.ByKind.Where(k => k.Kind == ActivityKind.LawEnforcementCheck).Sum(k => k.Held);
        var share = 0.6m * Share(f.ActivitiesHeld, required) + 0.2m * Share(f.Appraisals, appraisals) + 0.2m * Share(lawChecks, checks);
        return (share, string.Format(CultureInfo.InvariantCulture, ModelText.Score_ActivitiesData, f.ActivitiesHeld, required, f.Appraisals, appraisals,
            lawChecks, checks));
    }

    /// <summary>Half for the closure rate, half for the satisfaction rate, each in proportion up to its required percent.</summary>
    private static (decimal, string) Suggestions(SuggestionFigures s, CountyRules rules)
    {
        var closure = rules[ScorecardScheme.ClosureRequired];
        var satisfaction = rules[ScorecardScheme.SatisfactionRequired];
        return (0.5m * Share(s.ClosureRate, closure) + 0.5m * Share(s.SatisfactionRate, satisfaction), string.Format(CultureInfo.InvariantCulture,
            ModelText.Score_SuggestionsData, s.ClosureRate.Text, closure, s.SatisfactionRate.Text, satisfaction));
    }
}
