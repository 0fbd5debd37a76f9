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
/// The rollup job's incremental run (national scale cannot recompute every township each period): only the townships with an
/// audited change since their row are recomputed, the others' rows are confirmed (their time moves on, their value is not
/// touched), and a change of a county rule makes every row stale. A row's value set by hand shows which rows were recomputed.
/// </summary>
public class FigureRollupIncrementalTests
{
    private const int Year = KnownYear.Year, Marked = 999;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OnlyTheTownshipsWithAChangeAreRecomputedAndTheOthersConfirmed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await KnownYear.SeedAsync(database, county);
        // After the seeding's own audit rows, whatever the real date.
        var clock = new FixedClock(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10));

        var first = await RunAsync(database, clock);
        Assert.Equal(new RollupRefresh(2, 2, 0), first); // no rows yet: both townships computed
        await MarkAsync(database);

        clock.Today = clock.Today.AddDays(1);
        Assert.Equal(new RollupRefresh(0, 0, 2), await RunAsync(database, clock));
        var rows = await RowsAsync(database);
        Assert.All(rows, r => Assert.Equal(Marked, r.Value));
        Assert.All(rows, r => Assert.Equal(clock.GetUtcNow().UtcDateTime, r.ComputedUtc));

        // An audited change in township one: only its row is recomputed.
        await using (var secretary = database.Context(county.SecretaryOfOne, clock))
        {
            var deputy = await secretary.Deputies.FirstAsync(d => d.Id == county.DeputyOfOne.Id);
            deputy.Occupation = "教师";
            await secretary.SaveChangesAsync();
        }
        clock.Today = clock.Today.AddDays(1);
        Assert.Equal(new RollupRefresh(1, 1, 1), await RunAsync(database, clock));
        rows = await RowsAsync(database);
        Assert.Equal(await FlaggedAsync(database, county.One.Id), rows.Single(r => r.TownshipId == county.One.Id).Value);
        Assert.Equal(Marked, rows.Single(r => r.TownshipId == county.Two.Id).Value);
        Assert.All(rows, r => Assert.Equal(clock.GetUtcNow().UtcDateTime, r.ComputedUtc));

        // A county rule change touches every township's flags.
        await MarkAsync(database);
        await using (var admin = database.Context(TownshipScope.System("admin"), clock))
            await new CountyRulesService(admin).SetManyAsync(county.County.Id, [new RuleSettingChange(RecordFlags.MinDaysOnDuty.Key, 0, 0)]);
        clock.Today = clock.Today.AddDays(1);
        Assert.Equal(new RollupRefresh(2, 2, 0), await RunAsync(database, clock));
        rows = await RowsAsync(database);
        foreach (var row in rows) Assert.Equal(await FlaggedAsync(database, row.TownshipId), row.Value);

        // The rolling sweep recomputes its part of the townships even without a change.
        await MarkAsync(database);
        clock.Today = clock.Today.AddDays(1);
        await using (var job = database.Context(TownshipScope.System("rollup"), clock))
            Assert.Equal(new RollupRefresh(1, 1, 1), await FigureRollups.RefreshChangedAsync(job, [Year], (0, 2)));
        Assert.Single(await RowsAsync(database), r => r.Value == Marked);
    }

    private static async Task<RollupRefresh> RunAsync(TestDatabase database, TimeProvider clock)
    {
        await using var job = database.Context(TownshipScope.System("rollup"), clock);
        return await FigureRollups.RefreshChangedAsync(job, [Year]);
    }

    private static async Task MarkAsync(TestDatabase database)
    {
        await using var db = database.System();
        await db.FigureRollups.ExecuteUpdateAsync(u => u.SetProperty(r => r.Value, Marked));
    }

    private static async Task<List<FigureRollup>> RowsAsync(TestDatabase database)
    {
        await using var db = database.System();
        return await db.FigureRollups.AsNoTracking().Where(r => r.Key == FigureRollups.DeputiesFlagged && r.Year == Year).ToListAsync();
    }

    private static async Task<int> FlaggedAsync(TestDatabase database, Guid townshipId)
    {
        await using var db = database.System();
        var rules = await new CountyRulesService(db).ForTownshipAsync(townshipId);
        return FigureRollups.CountFlagged(await db.TownshipRecordsAsync(townshipId, Year, null, rules));
    }
}
