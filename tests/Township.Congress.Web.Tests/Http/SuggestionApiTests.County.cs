using Microsoft.EntityFrameworkCore;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Suggestions;

namespace Township.Congress.Web.Tests.Http;

/// <summary>The county's one ledger of all its townships.</summary>
public partial class SuggestionApiTests
{
    [Fact]
    public async Task TheCountysLedgerHoldsEveryTownshipsRowsAndASecretarysOnlyItsOwn()
    {
        await SuggestionSeed.EnsureAsync(app);
        Dictionary<string, int> expected;
        string one;
        await using (var db = app.SystemContext())
        {
            var names = await db.Townships.ToDictionaryAsync(t => t.Id, t => t.Name);
            expected = (await db.Suggestions.Where(s => s.Year == 2025 && s.State != SuggestionState.Merged).Select(s => s.TownshipId).ToListAsync())
                .GroupBy(t => names[t]).ToDictionary(g => g.Key, g => g.Count());
            one = await db.Townships.Where(t => t.Number == 1).Select(t => t.Name).SingleAsync();
        }
        Assert.True(expected.Count > 1, "the demo county has items of several townships in 2025");

        var county = await app.LoginAsync("county");
        var response = await county.GetAsync("/api/v1/suggestion-ledger.xlsx?year=2025");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var header = LedgerSheets.Read(await response.Content.ReadAsByteArrayAsync(), SuggestionLedger.LedgerSheet)[0];
        Assert.Equal(SuggestionLedger.Columns.Township, header[0]);
        var rows = LedgerSheets.Ledger(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(expected.OrderBy(e => e.Key), rows.GroupBy(r => r[SuggestionLedger.Columns.Township]).ToDictionary(g => g.Key, g => g.Count()).OrderBy(e => e.Key));

        var secretary = await app.LoginAsync("town01");
        var own = LedgerSheets.Ledger(await secretary.GetByteArrayAsync("/api/v1/suggestion-ledger.xlsx?year=2025"));
        Assert.Equal(expected[one], own.Count);
        Assert.All(own, r => Assert.Equal(one, r[SuggestionLedger.Columns.Township]));
    }
}
