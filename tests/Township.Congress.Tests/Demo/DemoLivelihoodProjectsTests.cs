using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Demo;
using Township.Congress.LivelihoodProjects;
using Township.Congress.Sessions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Demo;

public class DemoLivelihoodProjectsTests
{
    /// <summary>The demo county's "today" (DemoSeeder).</summary>
    private static readonly DateOnly SeededOn = new(2026, 11, 26);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryChosenProjectIsTrackedPastYearsMostlyCompletedThisYearInProgressWithAFewOverdue(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var seed = database.System())
            Assert.True(await DemoSeeder.SeedAsync(seed, passwordIterations: 1000));
        await using var db = database.System();

        var chosen = await db.Set<LivelihoodCandidate>().Where(c => c.Chosen).Select(c => new { c.Id, c.TownshipId }).ToListAsync();
        var projects = await db.LivelihoodProjects.Include(p => p.Milestones).ToListAsync();
        Assert.Equal(chosen.Select(c => c.Id).Order(), projects.Select(p => p.CandidateId).Order());
        Assert.All(projects, p => Assert.Equal(4, p.Milestones.Count));
        foreach (var township in projects.GroupBy(p => p.TownshipId))
        {
            var years = township.Select(p => p.Year).Distinct().ToList();
            // The demo sessions vote projects from 2023 on (票决制 since 2023, DemoSessions).
            Assert.All(new[] { 2023, 2024, 2025, 2026 }, y => Assert.True(years.Contains(y), $"no projects in {y}: {string.Join(",", years.Order())}"));
            foreach (var year in township.GroupBy(p => p.Year))
            {
                var list = year.ToList();
                if (year.Key < 2026)
                {
                    Assert.True(list.Count(p => p.State == LivelihoodProjectState.Completed) >= list.Count * 8 / 10, $"{year.Key}: few completed");
                    Assert.All(list.Where(p => p.State == LivelihoodProjectState.Completed), p =>
                    {
                        Assert.Equal(100m, LivelihoodRules.ProgressPercent(p.Milestones));
                        Assert.True(p.SatisfactionVoted);
                    });
                }
                else
                {
                    Assert.All(list, p => Assert.Equal(LivelihoodProjectState.InProgress, p.State));
                    var overdue = list.Sum(p => p.Milestones.Count(m => LivelihoodRules.IsOverdue(m.PlannedOn, m.DoneOn, SeededOn)));
                    Assert.InRange(overdue, 1, 2);
                    Assert.All(list, p => Assert.InRange(LivelihoodRules.ProgressPercent(p.Milestones), 1m, 99.9m));
                    Assert.All(list, p => Assert.All(p.Milestones, m => Assert.True(m.DoneOn is null || m.DoneOn <= SeededOn)));
                }
            }
        }
    }
}
