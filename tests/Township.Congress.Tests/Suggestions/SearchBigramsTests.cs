using Township.Congress.Suggestions;

namespace Township.Congress.Tests.Suggestions;

public class SearchBigramsTests
{
    /// <summary>What an item stores: every distinct bigram once, in order of first appearance, broken at punctuation and spaces.</summary>
    [Theory]
    [InlineData("关于修建道路的建议\n修建道路，方便出行。", "关于 于修 修建 建道 道路 路的 的建 建议 方便 便出 出行")]
    [InlineData("Road 修路 road", "ro oa ad 修路")]
    [InlineData("", "")]
    [InlineData("一", "")]
    public void JoinedGivesTheDistinctBigramsInOrder(string text, string expected)
    {
        Assert.Equal(expected, SearchBigrams.Joined(text));
        Assert.Equal(string.Join(' ', SearchBigrams.Of(text)), SearchBigrams.Joined(text));
    }
}
