using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.DeputyRecords;
using Township.Congress.Figures;
using Township.Congress.Rules;
using Township.Congress.Security;
using Township.Congress.Testing.DeputyRecords;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Figures;

/// <summary>
/// The deputies flagged figure is rolled up from the deputy records themselves: after a refresh the figures carry the same
/// count as the flags page (the records with a flag), with the time it was computed; a later refresh rewrites, never duplicates.
/// </summary>
public class FigureRollupTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheDeputiesFlaggedEqualTheRecordsWithAFlagAndARefreshRewritesThem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var known = await KnownYear.SeedAsync(database, county);
        const int year = KnownYear.Year;

        await using (var viewer = database.Context(county.CountyViewer))
        {
            var before = await viewer.FiguresAsync(FigureScope.County(county.County.Id), year);
            Assert.All(before, f => Assert.Null(f.DeputiesFlagged));
            Assert.Null(TownshipYearFigures.Total(before, year, "").DeputiesFlagged);
        }

        var clock = new FixedClock(new DateOnly(2026, 3, 2));
        await using (var job = database.Context(TownshipScope.System("rollup"), clock))
            Assert.Equal(4, await FigureRollups.RefreshAsync(job, [year, year - 1]));

        // What the flags page shows: the secretary's records of the year, those with a flag.
        int flaggedOnThePage;
        await using (var secretary = database.Context(county.SecretaryOfOne))
        {
            var rules = await new CountyRulesService(secretary).ForTownshipAsync(known.TownshipId);
            var records = await secretary.TownshipRecordsAsync(known.TownshipId, year, null, rules);
            flaggedOnThePage = records.Count(r => r.Flags.Count > 0);
            var own = (await secretary.FiguresAsync(FigureScope.Township(known.TownshipId), year)).Single();
            Assert.Equal(flaggedOnThePage, own.DeputiesFlagged);
            Assert.Equal(clock.GetUtcNow().UtcDateTime, own.DeputiesFlaggedAsOfUtc);
            // A secretary reads no other township's rollup.
            Assert.Empty(await secretary.FigureRollups.Where(r => r.TownshipId == county.Two.Id).ToListAsync());
        }
        // The known year flags all three of its deputies (see DeputyRecordTests), so the figure is not vacuous.
        Assert.Equal(3, flaggedOnThePage);

        await using (var viewer = database.Context(county.CountyViewer))
        {
            var figures = await viewer.FiguresAsync(FigureScope.County(county.County.Id), year);
            var rules = await new CountyRulesService(viewer).ForCountyAsync(county.County.Id);
            var two = await viewer.TownshipRecordsAsync(county.Two.Id, year, null, rules);
            Assert.Equal(FigureRollups.CountFlagged(two), figures.Single(f => f.TownshipId == county.Two.Id).DeputiesFlagged);
            Assert.Equal(flaggedOnThePage + FigureRollups.CountFlagged(two), TownshipYearFigures.Total(figures, year, "").DeputiesFlagged);
            Assert.Equal("12:00", FigureRollups.AsOf(figures[0].DeputiesFlaggedAsOfUtc!.Value));
        }

        // A later run rewrites the same rows with its own time.
        clock.Today = clock.Today.AddDays(1);
        await using (var job = database.Context(TownshipScope.System("rollup"), clock))
            await FigureRollups.RefreshAsync(job, [year]);
        await using (var db = database.System())
        {
            var rows = await db.FigureRollups.Where(r => r.Key == FigureRollups.DeputiesFlagged).ToListAsync();
            Assert.Equal(4, rows.Count);
            Assert.All(rows.Where(r => r.Year == year), r => Assert.Equal(clock.GetUtcNow().UtcDateTime, r.ComputedUtc));
            Assert.All(rows.Where(r => r.Year == year - 1), r => Assert.True(r.ComputedUtc < clock.GetUtcNow().UtcDateTime));
        }
    }
}
