using System.Globalization;
using Township.Congress.Deputies;

namespace Township.Congress.Tests.Deputies;

/// <summary>姓氏笔画 is one rule, for the roster's sort and the ballots: strokes of the surname, then of the given name, pinyin breaking ties.</summary>
public class SurnameStrokeOrderTests
{
    // Pinyin order would be 陈 黄 韩 王 张 赵 郑 周; by strokes 王 4, 陈 张 7, 周 郑 8, 赵 9, 黄 11, 韩 12.
    private static readonly string[] Names = ["韩梅", "周强", "陈立", "黄河", "郑一", "赵六", "张三", "王芳"];

    [Fact]
    public void StrokeCountsOfTheSurnameComeBeforePinyin()
    {
        Assert.Equal(["王芳", "陈立", "张三", "郑一", "周强", "赵六", "黄河", "韩梅"], SurnameStrokeOrder.Sort(Names));
        Assert.Equal((7, 8, 11, 12), (SurnameStrokeOrder.StrokesOf('陈'), SurnameStrokeOrder.StrokesOf('郑'), SurnameStrokeOrder.StrokesOf('黄'), SurnameStrokeOrder.StrokesOf('韩')));
    }

    [Fact]
    public void ASurnameStaysTogetherAndACompoundSurnameIsTheSurname()
    {
        // 司马 (5+3) is one surname: every 司 (single) comes first, even 司毅 whose 毅 (15) outweighs 马 (3).
        Assert.Equal(["司一", "司毅", "司马光", "司马懿"], SurnameStrokeOrder.Sort(["司马懿", "司毅", "司马光", "司一"]));
        Assert.Equal("欧阳", SurnameStrokeOrder.SurnameOf("欧阳修"));
        // 王 and 方 have 4 strokes each: their deputies do not interleave.
        Assert.Equal(["方一", "方明", "王一", "王明"], SurnameStrokeOrder.Sort(["王明", "方明", "王一", "方一"]));
    }

    [Fact]
    public void TheOrderIsTotal()
    {
        Assert.Equal(SurnameStrokeOrder.Sort(["章伟", "张伟", "张 伟"]), SurnameStrokeOrder.Sort(["张 伟", "张伟", "章伟"]));
    }

    [Fact]
    public void TheRostersStoredKeyAndTheBallotsComparerGiveTheSameOrder()
    {
        // The roster pages by the stored key (ordinal), the ballot sorts with the comparer (SessionPrintsTests): one order.
        var roster = Names.OrderBy(n => new Deputy { Name = n }.NameStrokeKey, StringComparer.Ordinal).ToArray();
        Assert.Equal(SurnameStrokeOrder.Sort(Names), roster);
    }

    /// <summary>Why a table of stroke counts: ICU's stroke collation misplaces simplified surnames of known counts.</summary>
    [Fact]
    public void IcuStrokeCollationDoesNotGiveSimplifiedStrokeCounts()
    {
        var stroke = CompareInfo.GetCompareInfo("zh-CN-u-co-stroke");
        Assert.True(stroke.Compare("陈", "周") > 0);
        Assert.True(SurnameStrokeOrder.Compare("陈", "周") < 0);
    }
}
