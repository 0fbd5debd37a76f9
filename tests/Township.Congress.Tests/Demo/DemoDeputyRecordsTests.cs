using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Demo;
using Township.Congress.DeputyRecords;
using Township.Congress.Rules;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Demo;

public class DemoDeputyRecordsTests
{
    [Fact]
    public async Task EachTownshipYearHasSomeSilentDeputiesButAMinorityAndSomeShortOfTenDays()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var seed = database.System())
            Assert.True(await DemoSeeder.SeedAsync(seed, passwordIterations: 1000));
        await using var db = database.System();

        foreach (var township in await db.Townships.Select(t => t.Id).ToListAsync())
        {
            foreach (var year in new[] { 2022, 2023, 2024, 2025, 2026 })
            {
                var records = await db.TownshipRecordsAsync(township, year, null, CountyRules.Defaults);
                var silent = records.Count(r => r.Flags.Any(f => f.Kind == DeputyFlagKind.Silent));
                Assert.InRange(silent, 1, (int)Math.Ceiling(records.Count * 0.30));
                Assert.Contains(records, r => r.Flags.Any(f => f.Kind == DeputyFlagKind.FewDaysOnDuty));
                Assert.Contains(records, r => r.Counts.DeclaredApproved > 0);
            }
        }
        Assert.True(await db.Set<DeputyInterview>().CountAsync() >= 15);
        Assert.True(await db.Set<ActivityOpinionSpeaker>().CountAsync() > 100);
    }
}
