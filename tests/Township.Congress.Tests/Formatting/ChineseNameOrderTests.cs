using System.Globalization;
using Township.Congress.Formatting;

namespace Township.Congress.Tests.Formatting;

public class ChineseNameOrderTests
{
    [Fact]
    public void NamesAreOrderedByTheirPinyinNotByCodePoint()
    {
        // Code-point order would be 丁 刘 张 李 王 陈 (U+4E01 …).
        Assert.Equal(["陈八", "丁一", "李四", "刘七", "王大", "王五", "张三"],
            ChineseNameOrder.Sort(["张三", "李四", "王五", "丁一", "刘七", "陈八", "王大"]));
    }

    [Fact]
    public void EqualPinyinStillGivesOneOrder()
    {
        // 张伟 and 章伟 read alike; the order must not depend on the input order.
        Assert.Equal(ChineseNameOrder.Sort(["章伟", "张伟"]), ChineseNameOrder.Sort(["张伟", "章伟"]));
    }

    /// <summary>
    /// Why the ballots do not claim 姓氏笔画: ICU's stroke collation misplaces simplified surnames of
    /// known stroke counts. If ICU ever gets these right this test fails, and stroke order can be used.
    /// </summary>
    [Fact]
    public void IcuStrokeCollationDoesNotGiveSimplifiedStrokeCounts()
    {
        var stroke = CompareInfo.GetCompareInfo(ChineseNameOrder.IcuStrokeCollation);
        // It does order these right: 丁(2) 于(3) 王(4) 石(5) 刘(6) 张(7) 周(8) 赵(9).
        Assert.True(stroke.Compare("丁", "于") < 0 && stroke.Compare("于", "王") < 0 && stroke.Compare("王", "石") < 0
            && stroke.Compare("石", "刘") < 0 && stroke.Compare("刘", "张") < 0 && stroke.Compare("张", "周") < 0 && stroke.Compare("周", "赵") < 0);
        // …but 陈(7) after 周(8), 郑(8) after 赵(9), 黄(11) after 韩(12).
        Assert.True(stroke.Compare("陈", "周") > 0);
        Assert.True(stroke.Compare("郑", "赵") > 0);
        Assert.True(stroke.Compare("黄", "韩") > 0);
    }
}
