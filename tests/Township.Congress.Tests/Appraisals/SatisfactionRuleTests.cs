using Township.Congress.Appraisals;
using Township.Congress.Rules;

namespace Township.Congress.Tests.Appraisals;

public class SatisfactionRuleTests
{
    [Theory]
    [InlineData(11, 5, 4, SatisfactionGrade.Satisfied)]          // 11 of 20 is more than half
    [InlineData(10, 5, 5, SatisfactionGrade.BasicallySatisfied)] // exactly half is not more than half
    [InlineData(10, 1, 9, SatisfactionGrade.BasicallySatisfied)] // 11 of 20 together
    [InlineData(5, 5, 10, SatisfactionGrade.Unsatisfied)]        // together exactly half
    [InlineData(0, 0, 3, SatisfactionGrade.Unsatisfied)]
    [InlineData(1, 0, 0, SatisfactionGrade.Satisfied)]
    public void GradesFollowTheMoreThanHalfRuleAtItsEdges(int satisfied, int basic, int unsatisfied, SatisfactionGrade expected) =>
        Assert.Equal(expected, SatisfactionRule.Grade(satisfied, basic, unsatisfied, CountyRules.Defaults));

    [Fact]
    public void NobodyVotingGivesNoGrade() => Assert.Null(SatisfactionRule.Grade(0, 0, 0, CountyRules.Defaults));

    [Fact]
    public void ACountyMayAskForMoreThanHalf()
    {
        var twoThirds = CountyRules.Defaults.With(SatisfactionRule.MajorityPercent, 66.67m);
        Assert.Equal(SatisfactionGrade.BasicallySatisfied, SatisfactionRule.Grade(13, 7, 0, twoThirds)); // 65%
        Assert.Equal(SatisfactionGrade.Satisfied, SatisfactionRule.Grade(14, 6, 0, twoThirds));          // 70%
    }
}
