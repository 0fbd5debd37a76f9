using Township.Congress.Resources;
using Township.Congress.Rules;

namespace Township.Congress.Scorecards;

/// <summary>The criteria of 乡镇人大工作考评, in the order the scorecard lists them; the last ones are scored by hand.</summary>
public enum ScorecardCriterion
{
    /// <summary>召开人代会: computed.</summary>
    Sessions,
    /// <summary>主席团会议及出席率: computed.</summary>
    PresidiumMeetings,
    /// <summary>组织代表集体活动 (incl. 工作评议 and 执法检查): computed.</summary>
    CollectiveActivities,
    /// <summary>代表向选民述职: computed.</summary>
    VoterReports,
    /// <summary>建议办结率与满意率: computed.</summary>
    Suggestions,
    /// <summary>代表小组活动: computed.</summary>
    GroupActivities,
    /// <summary>代表之家/联络站"九有": computed.</summary>
    LiaisonStations,
    /// <summary>自身建设与制度建设: scored by the county with evidence.</summary>
    SelfBuilding,
    /// <summary>加分项 (创新工作、受表彰): scored by the county with evidence, on top of the 100 points.</summary>
    Bonus,
}

/// <summary>考评等次.</summary>
public enum ScorecardBand
{
    /// <summary>优秀</summary>
    Excellent,
    /// <summary>合格</summary>
    Pass,
    /// <summary>通报</summary>
    Notified,
}

/// <summary>
/// The county's scheme (domain.md, "Rules found in practice"; docs/scorecard.md): points per criterion, the thresholds each
/// computed criterion compares with and the bands — every number a county setting in <see cref="RuleArea.Scorecard"/>.
/// The defaults of the base criteria add up to 100; the bonus comes on top.
/// </summary>
public static class ScorecardScheme
{
    public static readonly RuleSetting SessionsPoints =
        new("scorecard.sessions-points", RuleArea.Scorecard, RuleUnit.Points, 15, 0, 100, () => ModelText.Rule_ScoreSessionsPoints);
    public static readonly RuleSetting SessionsRequired =
        new("scorecard.sessions-required", RuleArea.Scorecard, RuleUnit.Count, 2, 1, 12, () => ModelText.Rule_ScoreSessionsRequired);

    public static readonly RuleSetting PresidiumPoints =
        new("scorecard.presidium-points", RuleArea.Scorecard, RuleUnit.Points, 10, 0, 100, () => ModelText.Rule_ScorePresidiumPoints);
    public static readonly RuleSetting PresidiumRequired =
        new("scorecard.presidium-required", RuleArea.Scorecard, RuleUnit.Count, 4, 1, 52, () => ModelText.Rule_ScorePresidiumRequired);
    public static readonly RuleSetting PresidiumAttendance =
        new("scorecard.presidium-attendance", RuleArea.Scorecard, RuleUnit.Percent, 85, 0, 100, () => ModelText.Rule_ScorePresidiumAttendance);

    public static readonly RuleSetting ActivitiesPoints =
        new("scorecard.activities-points", RuleArea.Scorecard, RuleUnit.Points, 15, 0, 100, () => ModelText.Rule_ScoreActivitiesPoints);
    public static readonly RuleSetting ActivitiesRequired =
        new("scorecard.activities-required", RuleArea.Scorecard, RuleUnit.Count, 4, 1, 100, () => ModelText.Rule_ScoreActivitiesRequired);
    public static readonly RuleSetting AppraisalsRequired =
        new("scorecard.appraisals-required", RuleArea.Scorecard, RuleUnit.Count, 1, 0, 12, () => ModelText.Rule_ScoreAppraisalsRequired);
    public static readonly RuleSetting LawChecksRequired =
        new("scorecard.law-checks-required", RuleArea.Scorecard, RuleUnit.Count, 1, 0, 12, () => ModelText.Rule_ScoreLawChecksRequired);

    public static readonly RuleSetting VoterReportsPoints =
        new("scorecard.voter-reports-points", RuleArea.Scorecard, RuleUnit.Points, 10, 0, 100, () => ModelText.Rule_ScoreVoterReportsPoints);
    public static readonly RuleSetting VoterReportsRequired =
        new("scorecard.voter-reports-required", RuleArea.Scorecard, RuleUnit.Count, 3, 1, 500, () => ModelText.Rule_ScoreVoterReportsRequired);

    public static readonly RuleSetting SuggestionsPoints =
        new("scorecard.suggestions-points", RuleArea.Scorecard, RuleUnit.Points, 20, 0, 100, () => ModelText.Rule_ScoreSuggestionsPoints);
    public static readonly RuleSetting ClosureRequired =
        new("scorecard.closure-required", RuleArea.Scorecard, RuleUnit.Percent, 100, 0, 100, () => ModelText.Rule_ScoreClosureRequired);
    public static readonly RuleSetting SatisfactionRequired =
        new("scorecard.satisfaction-required", RuleArea.Scorecard, RuleUnit.Percent, 95, 0, 100, () => ModelText.Rule_ScoreSatisfactionRequired);

    public static readonly RuleSetting GroupsPoints =
        new("scorecard.groups-points", RuleArea.Scorecard, RuleUnit.Points, 10, 0, 100, () => ModelText.Rule_ScoreGroupsPoints);

    public static readonly RuleSetting StationsPoints =
        new("scorecard.stations-points", RuleArea.Scorecard, RuleUnit.Points, 10, 0, 100, () => ModelText.Rule_ScoreStationsPoints);

    public static readonly RuleSetting SelfBuildingPoints =
        new("scorecard.self-building-points", RuleArea.Scorecard, RuleUnit.Points, 10, 0, 100, () => ModelText.Rule_ScoreSelfBuildingPoints);
    public static readonly RuleSetting BonusPoints =
        new("scorecard.bonus-points", RuleArea.Scorecard, RuleUnit.Points, 5, 0, 50, () => ModelText.Rule_ScoreBonusPoints);

    public static readonly RuleSetting ExcellentFrom =
        new("scorecard.band-excellent", RuleArea.Scorecard, RuleUnit.Points, 90, 0, 150, () => ModelText.Rule_ScoreBandExcellent);
    public static readonly RuleSetting PassFrom =
        new("scorecard.band-pass", RuleArea.Scorecard, RuleUnit.Points, 80, 0, 150, () => ModelText.Rule_ScoreBandPass);

    /// <summary>The most a criterion gives under the county's scheme.</summary>
    public static decimal MaxPoints(ScorecardCriterion criterion, CountyRules rules) => rules[criterion switch
    {
        ScorecardCriterion.Sessions => SessionsPoints,
        ScorecardCriterion.PresidiumMeetings => PresidiumPoints,
        ScorecardCriterion.CollectiveActivities => ActivitiesPoints,
        ScorecardCriterion.VoterReports => VoterReportsPoints,
        ScorecardCriterion.Suggestions => SuggestionsPoints,
        ScorecardCriterion.GroupActivities => GroupsPoints,
        ScorecardCriterion.LiaisonStations => StationsPoints,
        ScorecardCriterion.SelfBuilding => SelfBuildingPoints,
        ScorecardCriterion.Bonus => BonusPoints,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion)),
    }];

    /// <summary>Whether the county scores the criterion by hand (with evidence) rather than from the figures.</summary>
    public static bool IsByHand(ScorecardCriterion criterion) => criterion is ScorecardCriterion.SelfBuilding or ScorecardCriterion.Bonus;

    public static ScorecardBand Band(decimal total, CountyRules rules) =>
        total >= rules[ExcellentFrom] ? ScorecardBand.Excellent : total >= rules[PassFrom] ? ScorecardBand.Pass : ScorecardBand.Notified;
}
