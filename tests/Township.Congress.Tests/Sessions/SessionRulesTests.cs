using Township.Congress.Model;
using Township.Congress.Sessions;

namespace Township.Congress.Tests.Sessions;

public class SessionRulesTests
{
    [Theory]
    [InlineData(54, 36)]
    [InlineData(55, 37)]
    [InlineData(72, 48)]
    [InlineData(3, 2)]
    [InlineData(160, 107)]
    public void QuorumIsTwoThirdsOfAllDeputiesRoundedUp(int inOffice, int required)
    {
        Assert.Equal(required, SessionRules.QuorumRequired(inOffice));
        Assert.True(SessionRules.HasQuorum(required, inOffice));
        Assert.False(SessionRules.HasQuorum(required - 1, inOffice));
    }

    [Theory]
    [InlineData(54, 28)]
    [InlineData(55, 28)]
    [InlineData(72, 37)]
    public void MajorityIsMoreThanHalfOfAllDeputies(int inOffice, int required)
    {
        Assert.Equal(required, SessionRules.MajorityRequired(inOffice));
        Assert.True(SessionRules.IsMajorityOfAll(required, inOffice));
        Assert.False(SessionRules.IsMajorityOfAll(required - 1, inOffice));
    }

    [Fact]
    public void CountsMayNotExceedThosePresent()
    {
        Assert.Empty(SessionRules.ValidateCounts(40, 3, 2, 45));
        Assert.Contains("超过出席代表", Assert.Single(SessionRules.ValidateCounts(40, 4, 2, 45)).Message);
        Assert.NotEmpty(SessionRules.ValidateCounts(-1, 0, 0, 45));
    }

    [Fact]
    public void MostVotedMajorityCandidatesFillTheSeatsAndATieAtTheLastSeatIsRefused()
    {
        var errors = new List<ValidationError>();
        // 50 in office: 26 votes needed. Two seats, three candidates over the line.
        Assert.Equal(new HashSet<int> { 0, 2 }, SessionRules.Elected([40, 27, 30, 10], 2, 50, 45, errors).ToHashSet());
        Assert.Empty(errors);

        SessionRules.Elected([40, 30, 30], 2, 50, 45, errors);
        Assert.Contains("再次投票", Assert.Single(errors).Message);

        errors.Clear();
        SessionRules.Elected([46], 1, 50, 45, errors);
        Assert.Contains("超过收回选票", Assert.Single(errors).Message);
    }

    [Fact]
    public void SessionNamesComeFromTermAndOrdinal() =>
        Assert.Equal("城关镇第十三届人民代表大会第三次会议", SessionNames.Of(13, 3, "城关镇"));
}
