using Microsoft.EntityFrameworkCore;
using Township.Congress.Appraisals;
using Township.Congress.Data;
using Township.Congress.Demo;
using Township.Congress.Rectifications;
using Township.Congress.Rules;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Demo;

public class DemoAppraisalsTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryTownshipPublishesOneAppraisalOfThreeToSixUnitsAYearMostlySatisfiedWithOrdersForTheUnsatisfied(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var seed = database.System())
            Assert.True(await DemoSeeder.SeedAsync(seed, passwordIterations: 1000));
        await using var db = database.System();

        var appraisals = await db.Appraisals.Include(a => a.Subjects).ToListAsync();
        var townships = await db.Townships.Select(t => t.Id).ToListAsync();
        var orders = await db.RectificationItems.Where(r => r.Source == RectificationSource.Appraisal).ToListAsync();
        var grades = new List<SatisfactionGrade>();
        foreach (var township in townships)
            for (var year = 2022; year <= 2026; year++)
            {
                var appraisal = Assert.Single(appraisals, a => a.TownshipId == township && a.Year == year);
                Assert.InRange(appraisal.Subjects.Count, 3, 6);
                Assert.Equal(AppraisalState.Published, appraisal.State);
                Assert.All(appraisal.Subjects, s => Assert.NotNull(s.UnitId));
                foreach (var subject in appraisal.Subjects)
                {
                    var grade = SatisfactionRule.Grade(subject.Satisfied, subject.BasicallySatisfied, subject.Unsatisfied, CountyRules.Defaults)!.Value;
                    grades.Add(grade);
                    // Every 不满意 unit, and only those, has its order.
                    Assert.Equal(grade == SatisfactionGrade.Unsatisfied, subject.RectificationItemId is { } id && orders.Any(o => o.Id == id && o.SourceId == appraisal.Id));
                }
            }
        var share = grades.Count(g => g == SatisfactionGrade.Satisfied) / (double)grades.Count;
        Assert.InRange(share, 0.85, 0.99);
        Assert.InRange(orders.Count, 5, 40);
        Assert.All(orders.Where(o => o.Deadline.Year < 2027), o => Assert.NotNull(o.CompletedOn));
    }
}
