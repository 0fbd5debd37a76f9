using Township.Congress.Appraisals;
using Township.Congress.LivelihoodProjects;
using Township.Congress.Rules;

namespace Township.Congress.Tests.LivelihoodProjects;

public class LivelihoodRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);

    [Fact]
    public void ProgressIsTheWeightOfDoneMilestonesOverAllWeights()
    {
        // Weights 1, 1, 2: the heavy one done is half the work, a light one a quarter.
        Assert.Equal(50m, LivelihoodRules.ProgressPercent([(1, false), (1, false), (2, true)]));
        Assert.Equal(25m, LivelihoodRules.ProgressPercent([(1, true), (1, false), (2, false)]));
        Assert.Equal(33.3m, LivelihoodRules.ProgressPercent([(1, true), (1, false), (1, false)]));
        Assert.Equal(66.7m, LivelihoodRules.ProgressPercent([(1, true), (1, true), (1, false)]));
        Assert.Equal(100m, LivelihoodRules.ProgressPercent([(3, true), (7, true)]));
    }

    [Fact]
    public void AProjectWithoutMilestonesHasNoProgress() => Assert.Equal(0m, LivelihoodRules.ProgressPercent(new List<(int, bool)>()));

    [Fact]
    public void AMilestoneIsOverdueOnlyAfterItsPlannedDayAndWhileNotDone()
    {
        Assert.False(LivelihoodRules.IsOverdue(Today, null, Today));
        Assert.True(LivelihoodRules.IsOverdue(Today.AddDays(-1), null, Today));
        Assert.False(LivelihoodRules.IsOverdue(Today.AddDays(-1), Today.AddDays(-3), Today));
    }

    [Fact]
    public void DueSoonFollowsTheCountySetting()
    {
        Assert.True(LivelihoodRules.IsDueSoon(Today.AddDays(15), null, Today, CountyRules.Defaults));
        Assert.False(LivelihoodRules.IsDueSoon(Today.AddDays(16), null, Today, CountyRules.Defaults));
        var shorter = CountyRules.Defaults.With(LivelihoodRules.DueSoonDays, 5);
        Assert.False(LivelihoodRules.IsDueSoon(Today.AddDays(6), null, Today, shorter));
        Assert.False(LivelihoodRules.IsDueSoon(Today.AddDays(-1), null, Today, CountyRules.Defaults));
        Assert.False(LivelihoodRules.IsDueSoon(Today.AddDays(3), Today, Today, CountyRules.Defaults));
    }

    [Fact]
    public void TheYearEndVoteIsGradedByTheAppraisalRule()
    {
        var project = new LivelihoodProject { Name = "村道硬化" };
        Assert.Null(LivelihoodRules.Grade(project, CountyRules.Defaults));
        (project.Satisfied, project.BasicallySatisfied, project.Unsatisfied) = (10, 5, 5);
        // Exactly half 满意 is not more than half.
        Assert.Equal(SatisfactionGrade.BasicallySatisfied, LivelihoodRules.Grade(project, CountyRules.Defaults));
        project.Satisfied = 11;
        Assert.Equal(SatisfactionGrade.Satisfied, LivelihoodRules.Grade(project, CountyRules.Defaults));
    }
}
