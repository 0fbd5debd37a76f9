using Township.Congress.Appraisals;
using Township.Congress.Rules;

namespace Township.Congress.Tests.Appraisals;

public class AppraisalRankingTests
{
    private static AppraisalSubject Subject(int order, string name, int s, int b, int u) =>
        new() { Name = name, SortOrder = order, Satisfied = s, BasicallySatisfied = b, Unsatisfied = u };

    [Fact]
    public void SubjectsRankBySatisfiedShareThenByAcceptableShareAndTiesShareARank()
    {
        var results = AppraisalRanking.Rank([
            Subject(1, "供电所", 8, 1, 1),     // 80% / 90%
            Subject(2, "派出所", 16, 2, 2),    // 80% / 90%: the same shares from other counts, a tie
            Subject(3, "国土所", 8, 2, 0),     // 80% / 100%: ahead of both on the second share
            Subject(4, "财政所", 3, 2, 5),     // 30% / 50%: 不满意 (exactly half is not more than half)
            Subject(5, "林业站", 0, 0, 0),     // nobody voted: no grade, no rank
        ], CountyRules.Defaults);

        Assert.Equal(["国土所", "供电所", "派出所", "财政所", "林业站"], results.Select(r => r.Name));
        Assert.Equal([1, 2, 2, 4, null], results.Select(r => r.Rank));
        Assert.Equal([SatisfactionGrade.Satisfied, SatisfactionGrade.Satisfied, SatisfactionGrade.Satisfied, SatisfactionGrade.Unsatisfied, null],
            results.Select(r => r.Grade));
        Assert.Equal((80.0m, 90.0m), (results[1].SatisfiedPercent, results[1].AcceptablePercent));
    }

    [Fact]
    public void SharesAreComparedExactlyNotAsRoundedPercentages()
    {
        // 2/3 and 667/1000 print alike (66.7%) but are not equal.
        var results = AppraisalRanking.Rank([Subject(1, "甲", 2, 1, 0), Subject(2, "乙", 667, 333, 0)], CountyRules.Defaults);
        Assert.Equal(["乙", "甲"], results.Select(r => r.Name));
        Assert.Equal([1, 2], results.Select(r => r.Rank));
        Assert.Equal(results[0].SatisfiedPercent, results[1].SatisfiedPercent);
    }
}
