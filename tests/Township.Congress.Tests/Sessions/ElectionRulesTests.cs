using Township.Congress.Sessions;

namespace Township.Congress.Tests.Sessions;

/// <summary>The election checks shared by the service and the forms' live preview.</summary>
public class ElectionRulesTests
{
    /// <summary>Ten deputies in office, eight present: six votes elect.</summary>
    private static readonly AttendanceSummary Roll = new(10, 8, 1, 1, 0);

    [Fact]
    public void NomineesNeedNamesNoRepeatsAndAtLeastTheSeats()
    {
        Assert.Empty(ElectionRules.CheckNominees(["张建国", "李秀英"], 2));
        Assert.Equal(["请至少填写一名候选人。"], ElectionRules.CheckNominees([], 1).Select(e => e.Message));
        Assert.Equal(["候选人姓名不能为空。"], ElectionRules.CheckNominees(["张建国", " "], 1).Select(e => e.Message));
        Assert.Equal(["候选人姓名重复。"], ElectionRules.CheckNominees(["张建国", "张建国 "], 1).Select(e => e.Message));
        Assert.Equal(["候选人 1 名，少于应选名额 2 名。"], ElectionRules.CheckNominees(["张建国"], 2).Select(e => e.Message));
        Assert.Equal(["应选名额至少为1。"], ElectionRules.CheckNominees(["张建国"], 0).Select(e => e.Message));
    }

    [Fact]
    public void ARecordedElectionElectsTheMajorityOfAllWithinTheSeats()
    {
        var check = ElectionRules.CheckRecorded(1, 8, [new("张建国", 6), new("李秀英", 2)], Roll);
        Assert.True(check.IsValid);
        Assert.Equal([0], check.Elected);

        var tooMany = ElectionRules.CheckRecorded(1, 9, [new("张建国", 6)], Roll);
        Assert.Contains(tooMany.Errors, e => e.Message == "收回选票 9 张，超过出席代表 8 人。");
        var overBallots = ElectionRules.CheckRecorded(1, 8, [new("张建国", 6), new("李秀英", 5)], Roll);
        Assert.Contains(overBallots.Errors, e => e.Message == "候选人得票总数超过了收回选票数乘以应选名额。");
        Assert.Equal(["请至少填写一名候选人。"], ElectionRules.CheckRecorded(1, 0, [], Roll).Errors.Select(e => e.Message));
    }

    [Fact]
    public void ResultsCountWriteInsAfterTheCandidates()
    {
        var check = ElectionRules.CheckResults(1, 8, [new("甲", 2)], [new("乙", 6)], Roll);
        Assert.True(check.IsValid);
        Assert.Equal([1], check.Elected);

        Assert.Equal(["另选人姓名不能为空。"], ElectionRules.CheckResults(1, 8, [new("甲", 2)], [new("", 0)], Roll).Errors.Select(e => e.Message));
        Assert.Equal(["另选人与候选人或另选人之间重名，请核对。"],
            ElectionRules.CheckResults(1, 8, [new("甲", 2)], [new("甲 ", 1)], Roll).Errors.Select(e => e.Message));
        Assert.Contains(ElectionRules.CheckResults(1, -1, [new("甲", 0)], [], Roll).Errors, e => e.Message == "收回选票数不能为负数。");
    }

    [Fact]
    public void ACandidateIsLinkedOnlyToTheOneDeputyOfThatName()
    {
        var zhang = Guid.NewGuid();
        var li1 = Guid.NewGuid();
        var li2 = Guid.NewGuid();
        (Guid, string)[] roll = [(zhang, "张建国"), (li1, "李秀英"), (li2, "李秀英")];

        Assert.Equal(zhang, ElectionRules.DeputyNamed(" 张建国 ", roll));
        Assert.Null(ElectionRules.DeputyNamed("李秀英", roll)); // two deputies of that name: the name stands alone
        Assert.Null(ElectionRules.DeputyNamed("王德明", roll));
    }
}
