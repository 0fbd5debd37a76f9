using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Demo;
using Township.Congress.Files;
using Township.Congress.Rules;
using Township.Congress.Scorecards;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Demo;

public class DemoScorecardsTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryTownshipsFinishedYearsAreScoredByHandWithinEachCriterionsMostWithEvidence(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var seed = database.System())
            Assert.True(await DemoSeeder.SeedAsync(seed, passwordIterations: 1000));
        await using var db = database.System();

        var scores = await db.Set<ScorecardHandScore>().ToListAsync();
        var townships = await db.Townships.Select(t => t.Id).ToListAsync();
        Assert.Equal(15, townships.Count);
        Assert.All(scores, s => Assert.InRange(s.Year, 2022, 2025));
        var selfMax = ScorecardScheme.MaxPoints(ScorecardCriterion.SelfBuilding, CountyRules.Defaults);
        var bonusMax = ScorecardScheme.MaxPoints(ScorecardCriterion.Bonus, CountyRules.Defaults);
        foreach (var township in townships)
            for (var year = 2022; year <= 2025; year++)
            {
                var self = Assert.Single(scores, s => s.TownshipId == township && s.Year == year && s.Criterion == ScorecardCriterion.SelfBuilding);
                Assert.InRange(self.Points, 0, selfMax);
                Assert.NotNull(self.Evidence);
                Assert.Equal(UploadedFiles.Xlsx, UploadedFiles.Detect(self.Evidence));
                Assert.Equal(self.Evidence.Length, self.EvidenceBytes);
                var bonus = Assert.Single(scores, s => s.TownshipId == township && s.Year == year && s.Criterion == ScorecardCriterion.Bonus);
                Assert.InRange(bonus.Points, 0, bonusMax);
                // A bonus rests on its evidence; none given is said in the note.
                Assert.Equal(bonus.Points > 0, bonus.Evidence is not null);
            }
        Assert.All(scores, s =>
        {
            Assert.Equal(ScorecardRules.Round(s.Points), s.Points);
            Assert.False(string.IsNullOrWhiteSpace(s.Note));
            Assert.Equal(DemoScorecards.ScoredBy, s.ScoredBy);
        });
        var bonuses = scores.Where(s => s.Criterion == ScorecardCriterion.Bonus).ToList();
        Assert.InRange(bonuses.Count(b => b.Points > 0) / (double)bonuses.Count, 0.2, 0.6);

        // The scorecard of a finished year shows every township's hand scores; the year in progress has none yet.
        var county = await db.Counties.SingleAsync();
        var finished = await db.ScorecardAsync(county.Id, 2025);
        Assert.All(finished.Townships, t => Assert.All(t.Criteria.Where(c => c.ByHand), c => Assert.NotNull(c.Hand)));
        var current = await db.ScorecardAsync(county.Id, 2026);
        Assert.All(current.Townships, t => Assert.All(t.Criteria.Where(c => c.ByHand), c => Assert.Null(c.Hand)));
    }
}
