using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Formatting;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Deputies;

/// <summary>Names sort by full pinyin character by character (a surname stays together) or by 姓氏笔画; search finds full pinyin and phones.</summary>
public class NameOrderTests
{
    private static readonly string[] Names = ["林峰", "李娜", "李明", "刘一", "王芳", "丁一", "张三", "张三丰", "赵六"];

    [Fact]
    public void PinyinOrderKeepsSurnamesTogether()
    {
        // By initials alone 李明 (lm), 林峰 (lf), 刘一 (ly), 李娜 (ln) interleave: lf, lm, ln, ly.
        var byKey = Names.OrderBy(NameCollation.PinyinKey, StringComparer.Ordinal).ToArray();
        Assert.Equal(["丁一", "李明", "李娜", "林峰", "刘一", "王芳", "张三", "张三丰", "赵六"], byKey);
        Assert.Equal(byKey, Names.Order(NameCollation.PinyinComparer).ToArray());
    }

    [Fact]
    public void StrokeOrderStartsWithTheSurnamesStrokes()
    {
        // 丁 (2 strokes), 王 (4), 刘 (6), 张 (7), 李 (7), 林 (8), 赵 (9).
        var byKey = Names.OrderBy(SurnameStrokeOrder.Key, StringComparer.Ordinal).ToArray();
        Assert.Equal("丁一", byKey[0]);
        Assert.Equal("王芳", byKey[1]);
        Assert.Equal("刘一", byKey[2]);
        Assert.Equal("赵六", byKey[^1]);
        Assert.True(Array.IndexOf(byKey, "林峰") > Array.IndexOf(byKey, "李明"));
    }

    [Fact]
    public void FullPinyinComesFromIcu()
    {
        Assert.True(HanLatin.IsAvailable, "ICU's Han-Latin transliterator was not found on this machine.");
        Assert.Equal("zhangsan", NameCollation.FullPinyin("张三"));
        Assert.Equal("shanxiongxin", NameCollation.FullPinyin("单雄信"));
        Assert.Equal("zengguofan", NameCollation.FullPinyin("曾国藩"));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RosterSortsByFullPinyinOrByStrokesAndFindsPinyinAndPhones(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using (var seed = database.System())
        {
            var term = seed.Terms.First(t => t.TownshipId == county.Two.Id);
            foreach (var name in Names)
                seed.Deputies.Add(new Deputy { Name = name, TownshipId = county.Two.Id, TermId = term.Id, Phone = name == "李娜" ? "13955556666" : null });
            await seed.SaveChangesAsync();
        }
        await using var db = database.Context(county.SecretaryOfTwo);
        var two = new DeputySearch { TownshipId = county.Two.Id, PageSize = 100 };

        var byPinyin = (await db.SearchAsync(two)).Items.Select(i => i.Name).Where(Names.Contains).ToArray();
        Assert.Equal(["丁一", "李明", "李娜", "林峰", "刘一", "王芳", "张三", "张三丰", "赵六"], byPinyin);
        var byStrokes = (await db.SearchAsync(two with { Sort = DeputySort.Strokes })).Items.Select(i => i.Name).Where(Names.Contains).ToArray();
        Assert.Equal(["丁一", "王芳", "刘一"], byStrokes[..3]);

        Assert.Equal(["张三", "张三丰"], (await db.SearchAsync(two with { Query = "zhangsan" })).Items.Select(i => i.Name));
        Assert.Equal(["李娜"], (await db.SearchAsync(two with { Query = "5555" })).Items.Select(i => i.Name));
        Assert.Equal(["李娜"], (await db.SearchAsync(two with { Query = "139 5555 6666" })).Items.Select(i => i.Name));
        // The chair sees phones masked, so cannot find a deputy by phone digits.
        await using var chair = database.Context(Township.Congress.Security.TownshipScope.Chair("chair02", Guid.NewGuid(), county.Two.Id));
        Assert.Empty((await chair.SearchAsync(two with { Query = "5555" })).Items);
    }
}
