using Township.Congress.Data;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Suggestions;

public class SuggestionSearchTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task KeywordsMatchSubstringsOfTitleOrTextWithoutSegmentation(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SuggestionWorld.CreateAsync(database, new DateOnly(2026, 3, 2));
        async Task<Suggestion> Item(string title, string text)
        {
            var input = w.Input(title);
            input.Text = text;
            return await w.CreateAsync(input);
        }
        var road = await Item("关于修建新民村通组道路的建议", "三组至五组道路坑洼不平。");
        var water = await Item("关于整治山坪塘的建议", "灌溉用水困难，建议安装LED路灯和100%覆盖的监控。");
        var school = await Item("关于改善中心小学办学条件的建议", "校舍老旧，操场_积水。");

        async Task<List<Guid>> Find(string q)
        {
            await using var db = w.Context(w.Secretary);
            return (await db.SearchAsync(new SuggestionSearch { Query = q })).Items.Select(i => i.Id).ToList();
        }
        Assert.Equal([road.Id], await Find("道路"));            // two characters, in the title and the text
        Assert.Equal([road.Id], await Find("坑洼不平"));        // only in the text
        Assert.Empty(await Find("路道"));                       // all its characters occur, not as a substring
        Assert.Equal([water.Id], await Find("led"));            // ASCII, case-insensitive
        Assert.Equal([water.Id], await Find("100%"));           // LIKE wildcards are taken literally
        Assert.Equal([school.Id], await Find("_积水"));
        Assert.Equal([water.Id], await Find("%"));             // only the item with a real percent sign
        Assert.Equal([water.Id], await Find("建议安装"));
        Assert.Equal(3, (await Find("建议")).Count);
        Assert.Equal([school.Id, water.Id, road.Id], await Find("  "));  // blank: no keyword filter, newest first

        // Editing the text updates what is found.
        await using (var db = w.Context(w.Secretary))
        {
            var input = w.Input("关于修建新民村通组桥梁的建议");
            input.Text = "河上木桥已经腐朽。";
            await w.Service(db).UpdateAsync(road.Id, input, road.Version);
        }
        Assert.Empty(await Find("道路"));
        Assert.Equal([road.Id], await Find("木桥"));
    }
}
