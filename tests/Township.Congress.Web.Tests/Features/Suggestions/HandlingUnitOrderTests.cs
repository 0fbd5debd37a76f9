using Township.Congress.Data;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.Web.Features.Suggestions;

namespace Township.Congress.Web.Tests.Features.Suggestions;

/// <summary>Handling units are offered in one order everywhere: the township's own first, then the county's.</summary>
public class HandlingUnitOrderTests
{
    [Fact]
    public async Task TheListFiltersTheAssignDialogAndTheCountyViewListUnitsInTheSameOrder()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var w = await SuggestionWorld.CreateAsync(database, new DateOnly(2026, 3, 2));
        string[] expected = [w.Roads.Name, w.School.Name, w.Water.Name];

        await using (var db = w.Context(w.Secretary))
        {
            Assert.Equal(expected, (await db.UnitsForTownshipAsync(w.County.County.Id, w.County.One.Id)).Select(u => u.Name));
            Assert.Equal(expected, (await SuggestionListContext.LoadAsync(db, w.Clock)).Units.Select(u => u.Name));
        }
        await using (var db = w.Context(w.County.CountyViewer))
            Assert.Equal(expected, (await SuggestionListContext.LoadAsync(db, w.Clock)).Units.Select(u => u.Name));
    }
}
