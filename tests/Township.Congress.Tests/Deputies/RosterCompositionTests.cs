using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Deputies;

/// <summary>The roster states who sits in the congress: women, minorities, party members, categories, levels, with shares.</summary>
public class RosterCompositionTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CompositionCountsInOfficeDeputiesWithShares(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using (var seed = database.System())
        {
            var deputies = await seed.Deputies.Where(d => d.TownshipId == county.One.Id).OrderBy(d => d.Name).ToListAsync();
            deputies[0].Gender = Gender.Female;
            deputies[0].Ethnicity = "回族";
            deputies[1].Affiliation = "中共党员";
            deputies[1].Levels = DeputyLevels.Township | DeputyLevels.County;
            deputies[2].Category = DeputyCategory.VillageCadre;
            deputies[2].Status = DeputyStatus.Resigned; // left office: not counted
            await seed.SaveChangesAsync();
        }
        await using var db = database.Context(county.SecretaryOfOne);

        var c = await RosterComposition.OfAsync(db, county.One.Id);

        Assert.Equal(2, c.Total);
        Assert.Equal((1, "50.0%"), (c.Women.Count, c.Women.Percent));
        Assert.Equal((1, "50.0%"), (c.Minorities.Count, c.Minorities.Percent));
        Assert.Equal((1, "50.0%"), (c.PartyMembers.Count, c.PartyMembers.Percent));
        Assert.DoesNotContain(c.Categories, x => x.Label == "村社干部");
        Assert.Equal([("乡级人大代表", 2), ("县级人大代表", 1)], c.Levels.Select(l => (l.Label, l.Count)).ToArray());
        var text = string.Join("", c.Sentences());
        Assert.StartsWith("截至", text);
        Assert.Contains("在任代表2名。其中女性代表1名，占50.0%；少数民族代表1名，占50.0%；中共党员1名，占50.0%。", text);
        Assert.Contains("代表层级：乡级人大代表2名（100.0%）、县级人大代表1名（50.0%）。", text);
    }
}
