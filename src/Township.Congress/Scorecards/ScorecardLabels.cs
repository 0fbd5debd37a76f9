using Township.Congress.Formatting;

namespace Township.Congress.Scorecards;

public static class ScorecardLabels
{
    #region Chinese by design: label tables
    public static readonly EnumLabels<ScorecardCriterion> Criteria = new(
        (ScorecardCriterion.Sessions, "召开人代会"),
        (ScorecardCriterion.PresidiumMeetings, "主席团会议"),
        (ScorecardCriterion.CollectiveActivities, "代表集体活动"),
        (ScorecardCriterion.VoterReports, "代表述职"),
        (ScorecardCriterion.Suggestions, "建议办理"),
        (ScorecardCriterion.GroupActivities, "代表小组活动"),
        (ScorecardCriterion.LiaisonStations, "代表之家“九有”"),
        (ScorecardCriterion.SelfBuilding, "自身建设"),
        (ScorecardCriterion.Bonus, "加分项"));

    public static readonly EnumLabels<ScorecardBand> Bands = new(
        (ScorecardBand.Excellent, "优秀"),
        (ScorecardBand.Pass, "合格"),
        (ScorecardBand.Notified, "通报"));
    #endregion
}
