using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Demo;
using Township.Congress.Deputies;
using Township.Congress.Petitions;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.VoterReports;

namespace Township.Congress.Tests.Demo;

public class DemoSupervisionTests
{
    [Fact]
    public async Task DemoReportsToVotersAndPetitionsHoldTheRatesPerTownshipAndYear()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var seed = database.System())
            Assert.True(await DemoSeeder.SeedAsync(seed, passwordIterations: 1000));
        await using var db = database.System();
        var today = new DateOnly(2026, 11, 26);
        var reports = await db.VoterReports.AsNoTracking().ToListAsync();
        var petitions = await db.Petitions.AsNoTracking().ToListAsync();
        var inOffice = await db.Deputies.Where(d => d.Status == DeputyStatus.InOffice).GroupBy(d => d.TownshipId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);

        foreach (var township in inOffice.Keys)
        {
            foreach (var year in new[] { 2022, 2023, 2024, 2025, 2026 })
            {
                var deputiesReporting = reports.Where(r => r.TownshipId == township && r.ReportedOn.Year == year).Select(r => r.DeputyId).Distinct().Count();
                Assert.InRange(deputiesReporting, Math.Ceiling(inOffice[township] * 0.10), Math.Floor(inOffice[township] * 0.25));
                var ofYear = petitions.Where(p => p.TownshipId == township && p.ReceivedOn.Year == year).ToList();
                Assert.InRange(ofYear.Count, 5, 20);
                if (year < today.Year) Assert.All(ofYear, p => Assert.Equal(0, PetitionRules.DaysOverdue(p, today)));
            }
            Assert.InRange(petitions.Count(p => p.TownshipId == township && p.ReceivedOn.Year == today.Year && PetitionRules.DaysOverdue(p, today) > 0), 1, 2);
        }

        Assert.All(reports, r => Assert.Equal(VoterReportRules.Result(r, Township.Congress.Rules.CountyRules.Defaults), r.Result));
        Assert.True(reports.Count(r => r.Result == VoterRating.Competent) > reports.Count * 0.8, "mostly 称职");
        Assert.Contains(reports, r => r.Result == VoterRating.BasicallyCompetent);
        Assert.All(reports, r => Assert.True(r.VotesCast <= r.Audience));

        var finished = petitions.Where(p => p.State == PetitionState.Finished).ToList();
        Assert.True(finished.Count(PetitionRules.FinishedOnTime) == finished.Count, "the demo's finished petitions were finished in time");
        Assert.True(finished.Count > petitions.Count * 0.8, "most are finished");
        Assert.InRange(petitions.Count(p => p.ExtensionDays > 0), petitions.Count / 25, petitions.Count / 6);
        Assert.All(petitions.Where(p => p.ExtensionDays > 0), p => Assert.NotEmpty(p.ExtensionReason));
    }
}
