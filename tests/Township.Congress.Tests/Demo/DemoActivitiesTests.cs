using Microsoft.EntityFrameworkCore;
using Township.Congress.Activities;
using Township.Congress.Data;
using Township.Congress.Demo;
using Township.Congress.Rectifications;
using Township.Congress.Rules;
using Township.Congress.Sessions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Demo;

public class DemoActivitiesTests
{
    [Fact]
    public async Task DemoActivitiesHoldTheRatesPerTownshipAndYear()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var seed = database.System())
            Assert.True(await DemoSeeder.SeedAsync(seed, passwordIterations: 1000));
        await using var db = database.System();
        var activities = await db.Activities.AsNoTracking().Include(a => a.Participants).ToListAsync();
        var groupYears = 0;
        var shortGroupYears = 0;
        foreach (var township in await db.Townships.Select(t => t.Id).ToListAsync())
        {
            var lawYears = 0;
            for (var year = 2022; year <= 2026; year++)
            {
                var ofYear = activities.Where(a => a.TownshipId == township && a.StartsOn.Year == year).ToList();
                Assert.InRange(ofYear.Count(a => a.Organiser == ActivityOrganiser.Presidium), 6, 12);
                Assert.Contains(ofYear, a => a.Kind == ActivityKind.Training);
                if (ofYear.Any(a => a.Kind == ActivityKind.LawEnforcementCheck)) lawYears++;
                var groups = await db.GroupYearsAsync(township, year, CountyRules.Defaults);
                Assert.True(groups.Count(g => g.IsShort) <= 4, $"at most a few short groups ({year})");
                groupYears += groups.Count;
                shortGroupYears += groups.Count(g => g.IsShort);
            }
            Assert.True(lawYears >= 3, "a law-enforcement check most years");
        }
        Assert.InRange(shortGroupYears, 1, groupYears / 4);

        var roll = activities.SelectMany(a => a.Participants).ToList();
        var present = roll.Count(p => p.Status == AttendanceStatus.Present) / (double)roll.Count;
        Assert.InRange(present, 0.78, 0.93);
        Assert.Contains(roll, p => p.Status == AttendanceStatus.OnLeave);
        Assert.Contains(roll, p => p.Status == AttendanceStatus.Absent);
        Assert.True(activities.Count(a => a.Findings.Length > 0) > activities.Count / 5, "findings on the supervision visits");

        var items = await db.RectificationItems.AsNoTracking().ToListAsync();
        var today = new DateOnly(2026, 11, 26);
        Assert.InRange(items.Count(r => r.IsOverdue(today) && r.Deadline.Year == 2026), 3, items.Count / 5);
        Assert.True(items.Count(r => r.IsCompleted) > items.Count / 2, "most items are done");
    }
}
