using Township.Congress.Activities;
using Township.Congress.Figures;
using Township.Congress.Rules;
using Township.Congress.Scorecards;
using Township.Congress.Suggestions;

namespace Township.Congress.Tests.Scorecards;

/// <summary>Each computed criterion at its edge (one short of the requirement, at it) and its partial credit, under the default scheme.</summary>
public class ScorecardRulesTests
{
    private static readonly CountyRules Rules = CountyRules.Defaults;
    private static TownshipYearFigures Year() => new(Guid.NewGuid(), "一号镇", 1, 2025);

    private static CriterionScore Score(ScorecardCriterion c, TownshipYearFigures f, ScorecardFacts? facts = null, HandScoreView? hand = null,
        CountyRules? rules = null) => ScorecardRules.Score(c, f, facts ?? ScorecardFacts.None, hand, rules ?? Rules);

    [Fact]
    public void TheDefaultBaseCriteriaAddUpToAHundredAndTheBonusComesOnTop()
    {
        var all = Enum.GetValues<ScorecardCriterion>();
        Assert.Equal(100m, all.Where(c => c != ScorecardCriterion.Bonus).Sum(c => ScorecardScheme.MaxPoints(c, Rules)));
        Assert.Equal(5m, ScorecardScheme.MaxPoints(ScorecardCriterion.Bonus, Rules));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 7.5)]
    [InlineData(2, 15)]
    [InlineData(3, 15)]
    public void SessionsGiveTheirShareOfTheRequiredTwo(int held, decimal points)
    {
        var s = Score(ScorecardCriterion.Sessions, Year() with { SessionsHeld = held });
        Assert.Equal(points, s.Points);
        Assert.Equal($"召开代表大会{held}次（要求≥2次）", s.Data);
    }

    [Fact]
    public void ACountyRequiringOneSessionGivesFullPointsForOne()
    {
        var rules = Rules.With(ScorecardScheme.SessionsRequired, 1);
        Assert.Equal(15m, Score(ScorecardCriterion.Sessions, Year() with { SessionsHeld = 1 }, rules: rules).Points);
    }

    [Theory]
    [InlineData(4, 85, 15, 10)]    // four meetings at exactly 85%: full
    [InlineData(4, 84, 16, 5)]     // 84% is below 85%: half
    [InlineData(3, 100, 0, 7.5)]   // three of four meetings: three quarters
    [InlineData(4, 0, 0, 5)]       // no names recorded: attendance not shown, half
    public void PresidiumMeetingsNeedFourAndEightyFivePercent(int meetings, int attendees, int absentees, decimal points)
    {
        var f = Year() with { PresidiumMeetings = meetings, PresidiumAttendees = attendees, PresidiumAbsentees = absentees };
        Assert.Equal(points, Score(ScorecardCriterion.PresidiumMeetings, f).Points);
    }

    [Fact]
    public void CollectiveActivitiesSplitSixtyTwentyTwenty()
    {
        var lawCheck = new KindFigures(ActivityKind.LawEnforcementCheck, 1, 5);
        var full = Year() with { ActivitiesHeld = 4, Appraisals = 1, ByKind = [lawCheck, new KindFigures(ActivityKind.Survey, 3, 9)] };
        Assert.Equal(15m, Score(ScorecardCriterion.CollectiveActivities, full).Points);
        Assert.Equal("组织代表活动4次（要求≥4次），其中工作评议1次（要求≥1次）、执法检查1次（要求≥1次）",
            Score(ScorecardCriterion.CollectiveActivities, full).Data);
        // No appraisal: the appraisal's fifth (3 points) is lost.
        Assert.Equal(12m, Score(ScorecardCriterion.CollectiveActivities, full with { Appraisals = 0 }).Points);
        // No law-enforcement check and three activities: 0.6×¾ + 0.2 = 0.65 of 15.
        var short3 = full with { ActivitiesHeld = 3, ByKind = [new KindFigures(ActivityKind.Survey, 3, 9)] };
        Assert.Equal(9.8m, Score(ScorecardCriterion.CollectiveActivities, short3).Points);
    }

    [Theory]
    [InlineData(2, 6.7)]
    [InlineData(3, 10)]
    public void ReportsToVotersNeedThree(int reports, decimal points) =>
        Assert.Equal(points, Score(ScorecardCriterion.VoterReports, Year() with { VoterReports = reports }).Points);

    [Fact]
    public void SuggestionsNeedFullClosureAndNinetyFivePercentSatisfaction()
    {
        static SuggestionFigures S(int assigned, int closed, int feedback, int satisfied) =>
            new(assigned, assigned, 0, assigned, assigned, assigned, feedback, satisfied, closed, 0, 0, 0);
        Assert.Equal(20m, Score(ScorecardCriterion.Suggestions, Year() with { Suggestions = S(20, 20, 20, 19) }).Points);
        // 94.7% satisfaction: 10 × 94.7/95 = 9.97; closure 19/20 = 95%: 10 × 0.95 = 9.5.
        var s = Score(ScorecardCriterion.Suggestions, Year() with { Suggestions = S(20, 19, 19, 18) });
        Assert.Equal(19.5m, s.Points);
        Assert.Equal("建议办结率95.0%（要求≥100%），满意率94.7%（要求≥95%）", s.Data);
        // Nothing assigned and nothing rated: nothing left undone.
        Assert.Equal(20m, Score(ScorecardCriterion.Suggestions, Year()).Points);
    }

    [Fact]
    public void GroupsAndStationsGiveTheShareOnTarget()
    {
        var facts = new ScorecardFacts(Groups: 4, GroupsOnTarget: 3, Stations: 2, StationsComplete: 1, ChecklistMet: 15);
        var groups = Score(ScorecardCriterion.GroupActivities, Year(), facts);
        Assert.Equal(7.5m, groups.Points);
        Assert.Equal("代表小组4个，活动达到2次的3个", groups.Data);
        Assert.Equal(8.3m, Score(ScorecardCriterion.LiaisonStations, Year(), facts).Points);
        Assert.Equal(10m, Score(ScorecardCriterion.LiaisonStations, Year(), facts with { StationsComplete = 2, ChecklistMet = 18 }).Points);
        Assert.Equal(0m, Score(ScorecardCriterion.GroupActivities, Year(), ScorecardFacts.None).Points);
        Assert.Equal("未建代表之家或联络站", Score(ScorecardCriterion.LiaisonStations, Year(), ScorecardFacts.None).Data);
    }

    [Fact]
    public void HandScoresCountAsEnteredAndNothingBeforeThat()
    {
        Assert.Equal(0m, Score(ScorecardCriterion.SelfBuilding, Year()).Points);
        Assert.Equal("尚未评分", Score(ScorecardCriterion.SelfBuilding, Year()).Data);
        var hand = new HandScoreView(Guid.NewGuid(), Guid.NewGuid(), 2025, ScorecardCriterion.Bonus, 4.5m, "获省级表彰", "county", DateTime.UtcNow, "表彰.pdf", 1);
        var bonus = Score(ScorecardCriterion.Bonus, Year(), hand: hand);
        Assert.Equal(4.5m, bonus.Points);
        Assert.Same(hand, bonus.Hand);
        // A scheme lowered after scoring caps the old score at the new maximum.
        Assert.Equal(3m, Score(ScorecardCriterion.Bonus, Year(), hand: hand, rules: Rules.With(ScorecardScheme.BonusPoints, 3)).Points);
    }

    [Theory]
    [InlineData(90, ScorecardBand.Excellent)]
    [InlineData(89.9, ScorecardBand.Pass)]
    [InlineData(80, ScorecardBand.Pass)]
    [InlineData(79.9, ScorecardBand.Notified)]
    public void BandsFollowTheCountysThresholds(decimal total, ScorecardBand band) => Assert.Equal(band, ScorecardScheme.Band(total, Rules));

    [Fact]
    public void EqualTotalsShareARankAndTheNextSkips()
    {
        CriterionScore C(decimal p) => new(ScorecardCriterion.Sessions, "召开人代会", p, 15, false, "");
        var rows = new[] { (Year() with { Number = 1 }, (IReadOnlyList<CriterionScore>)[C(5)]), (Year() with { Number = 2 }, [C(9)]),
            (Year() with { Number = 3 }, [C(9)]), (Year() with { Number = 4 }, [C(1)]) };
        var ranked = ScorecardRules.Rank(rows, Rules);
        Assert.Equal([1, 1, 3, 4], ranked.Select(r => r.Rank));
        Assert.Equal([2, 3, 1, 4], ranked.Select(r => r.Number));
        Assert.All(ranked, r => Assert.Equal(ScorecardBand.Notified, r.Band));
    }
}
