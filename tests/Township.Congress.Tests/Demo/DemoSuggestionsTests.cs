using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Demo;
using Township.Congress.Security;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Demo;

public class DemoSuggestionsTests
{
    [Fact]
    public async Task DemoItemsAreARealisticSpreadThatFollowsTheLifecycle()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var seed = database.System())
            Assert.True(await DemoSeeder.SeedAsync(seed, passwordIterations: 1000));
        await using var db = database.System();
        var today = new DateOnly(2026, 11, 26);

        var items = await db.Suggestions.AsNoTracking().ToListAsync();
        var townships = await db.Townships.Select(t => t.Id).ToListAsync();
        foreach (var township in townships)
        {
            foreach (var year in new[] { 2022, 2023, 2024, 2025, 2026 })
            {
                var ofYear = items.Where(i => i.TownshipId == township && i.Year == year).ToList();
                Assert.InRange(ofYear.Count(i => i.State != SuggestionState.Merged), 18, 40); // three sources become one merged item
                Assert.Equal(Enumerable.Range(1, ofYear.Count), ofYear.Select(i => i.Sequence).Order());
                Assert.Equal(1, ofYear.Count(i => i.IsMergedItem));
            }
        }
        var counted = items.Where(i => i.State != SuggestionState.Merged).ToList();
        Assert.True(counted.Count(i => i.FirstAnsweredOn != null) > counted.Count * 0.7, "most are answered");
        Assert.InRange(counted.Count(i => i.IsOverdueOn(today)), 15, 200);
        Assert.True(counted.Count(i => i.Round == 2) > 20, "some are re-handled after 不满意");
        Assert.True(counted.Count(i => i.Kind == SuggestionKind.Motion) > 20, "a few motions");
        Assert.All(counted.Where(i => i.Kind == SuggestionKind.Motion), m => Assert.True(db.Set<SuggestionSigner>().Count(s => s.SuggestionId == m.Id) >= 5));

        // Every item's story is consistent: the last step leads to its state, and the deadlines follow the rules.
        var events = (await db.Set<SuggestionEvent>().AsNoTracking().ToListAsync()).ToLookup(e => e.SuggestionId);
        var assignments = (await db.SuggestionAssignments.AsNoTracking().ToListAsync()).ToLookup(a => a.SuggestionId);
        foreach (var item in items)
        {
            var story = events[item.Id].OrderBy(e => e.AtUtc).ToList();
            Assert.Equal(SuggestionAction.Submit, story[0].Action);
            Assert.Equal(item.State, story[^1].ToState);
            Assert.All(story, e => Assert.True(e.OnDate <= today));
            foreach (var a in assignments[item.Id])
            {
                var expected = a.Round == 1 ? SuggestionRules.Deadline(a.AssignedOn, item.IsComplex) : SuggestionRules.RehandlingDeadline(a.AssignedOn);
                Assert.Equal(expected, a.Deadline);
            }
            if (item.FirstAnsweredOn is { } answered) Assert.True(answered >= item.FirstAssignedOn);
        }

        // Each county department with a login has items assigned, and sees only those.
        var units = await db.Users.Where(u => u.HandlingUnitId != null).OrderBy(u => u.UserName).ToListAsync();
        Assert.Equal(["unit01", "unit02", "unit03", "unit04", "unit05", "unit06", "unit07", "unit08"], units.Select(u => u.UserName));
        foreach (var user in units)
        {
            await using var unit = database.Context(TownshipScope.HandlingUnit(user.UserName!, user.Id, user.CountyId!.Value, user.HandlingUnitId!.Value));
            var visible = await unit.Suggestions.CountAsync();
            Assert.True(visible > 0, $"{user.UserName} has items");
            Assert.Equal(await db.SuggestionAssignments.Where(a => a.UnitId == user.HandlingUnitId && a.EndedOn == null).Select(a => a.SuggestionId).Distinct().CountAsync(), visible);
        }
    }
}
