using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Demo;
using Township.Congress.Rules;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.VoterContact;

namespace Township.Congress.Tests.Demo;

public class DemoVoterContactTests
{
    [Fact]
    public async Task EachTownshipYearHasTenToTwelveReceptionDaysWithARealisticMixOfDispositions()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var seed = database.System())
            Assert.True(await DemoSeeder.SeedAsync(seed, passwordIterations: 1000));
        await using var db = database.System();
        var today = new DateOnly(2026, 11, 26);

        var days = await db.ReceptionDays.AsNoTracking().Include(d => d.Visits).Include(d => d.Duties).ToListAsync();
        var suggestionIds = (await db.Suggestions.Select(s => s.Id).ToListAsync()).ToHashSet();
        var made = 0;
        foreach (var township in await db.Townships.Select(t => t.Id).ToListAsync())
        {
            foreach (var year in new[] { 2022, 2023, 2024, 2025, 2026 })
            {
                var ofYear = days.Where(d => d.TownshipId == township && d.Date.Year == year).ToList();
                Assert.InRange(ofYear.Count, 10, 12);
                Assert.All(ofYear.Where(d => d.Date <= today), d => Assert.InRange(d.Visits.Count, 3, 12));
                Assert.All(ofYear, d => Assert.NotEmpty(d.Duties));
                var visits = ofYear.SelectMany(d => d.Visits).ToList();
                var onSpot = visits.Count(v => v.Disposition == ReceptionDisposition.AnsweredOnSpot);
                var suggestions = visits.Count(v => v.Disposition == ReceptionDisposition.MadeSuggestion);
                Assert.True(onSpot > visits.Count / 2, $"most answered on the spot ({onSpot}/{visits.Count})");
                Assert.InRange(visits.Count(v => v.Disposition is ReceptionDisposition.ReferredToVillage or ReceptionDisposition.ReferredToPresidium), 1, visits.Count / 2);
                Assert.InRange(suggestions, 0, visits.Count / 5);
                Assert.All(visits.Where(v => v.Disposition == ReceptionDisposition.MadeSuggestion), v => Assert.Contains(v.SuggestionId!.Value, suggestionIds));
                Assert.All(visits.Where(v => v.Disposition != ReceptionDisposition.MadeSuggestion), v => Assert.Null(v.SuggestionId));
                made += suggestions;

                var figures = await db.ContactTargetsAsync(township, year, CountyRules.Defaults);
                var withOwn = await db.ConstituentContacts.Where(c => c.TownshipId == township && c.Date.Year == year).Select(c => c.DeputyId).Distinct().CountAsync();
                Assert.True(withOwn > figures.Count * 0.6, $"most deputies record own contacts ({withOwn}/{figures.Count})");
                Assert.InRange(figures.Count(f => f.ContactShort), 1, Math.Max(2, figures.Count / 4));
            }
        }
        Assert.True(made >= 30, $"a few matters became suggestions across the county ({made})");
        // The linked items say where they came from.
        var linked = await db.Set<ReceptionVisit>().Where(v => v.SuggestionId != null).Select(v => v.SuggestionId!.Value).ToListAsync();
        Assert.All(await db.Suggestions.Where(s => linked.Contains(s.Id)).ToListAsync(), s =>
        {
            Assert.Equal(SuggestionSource.ConstituentContact, s.Source);
            Assert.StartsWith("代表接待日", s.SourceNote);
        });
    }
}
