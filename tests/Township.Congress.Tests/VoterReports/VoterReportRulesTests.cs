using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Model;
using Township.Congress.Rules;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.VoterReports;

namespace Township.Congress.Tests.VoterReports;

public class VoterReportRulesTests
{
    [Theory]
    [InlineData(799, 0, 201, VoterRating.BasicallyCompetent)] // 79.9% 称职
    [InlineData(800, 0, 200, VoterRating.Competent)] // exactly 80%
    [InlineData(300, 200, 500, VoterRating.BasicallyCompetent)] // 称职 + 基本称职 exactly 50%
    [InlineData(300, 199, 501, VoterRating.Incompetent)] // 49.9%
    [InlineData(4, 0, 1, VoterRating.Competent)]
    public void TheResultFollowsTheSharesOfVotesCastAtTheirEdges(int competent, int basic, int incompetent, VoterRating expected) =>
        Assert.Equal(expected, VoterReportRules.FromVotes(competent, basic, incompetent, CountyRules.Defaults));

    [Fact]
    public void NoVotesGiveNoResultAndTheThresholdsAreCountySettings()
    {
        Assert.Null(VoterReportRules.FromVotes(0, 0, 0, CountyRules.Defaults));
        var strict = CountyRules.Defaults.With(VoterReportRules.CompetentPercent, 90);
        Assert.Equal(VoterRating.BasicallyCompetent, VoterReportRules.FromVotes(85, 0, 15, strict));
        Assert.Equal(VoterRating.Competent, VoterReportRules.FromScore(80m, CountyRules.Defaults));
        Assert.Equal(VoterRating.BasicallyCompetent, VoterReportRules.FromScore(79.9m, CountyRules.Defaults));
        Assert.Equal(VoterRating.Incompetent, VoterReportRules.FromScore(59.9m, CountyRules.Defaults));
        Assert.Equal(VoterRating.Competent, VoterReportRules.FromScore(70m, CountyRules.Defaults.With(VoterReportRules.CompetentScore, 70)));
        Assert.Equal(79.9m, VoterReportRules.Percent(799, 1000));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheRatingIsStoredByTheCountysRuleAndTheFlagsCountTermAndYear(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using (var system = database.System())
        {
            system.CountySettings.Add(new CountySetting { CountyId = county.County.Id, Key = VoterReportRules.TownshipPerYear.Key, Value = 2, Version = 1 });
            await system.SaveChangesAsync();
        }
        var clock = new FixedClock(new DateOnly(2026, 6, 1));
        await using var db = database.Context(county.SecretaryOfOne, clock);
        var service = new VoterReportService(db);
        var deputies = db.Deputies.Where(d => d.TownshipId == county.One.Id).OrderBy(d => d.Name).ToList();
        VoterReportInput Input(Deputy d, DateOnly on, int c, int b, int i) => new()
        {
            DeputyId = d.Id, ReportedOn = on, Place = "新民村村委会", Audience = 60, ReportText = "履职情况报告",
            RatingMethod = RatingMethod.Votes, CompetentVotes = c, BasicallyCompetentVotes = b, IncompetentVotes = i, IsPublished = true,
        };

        var first = await service.CreateAsync(county.One.Id, Input(deputies[0], new DateOnly(2025, 5, 10), 48, 2, 0));
        Assert.Equal(VoterRating.Competent, first.Result);
        Assert.Equal(new DateOnly(2025, 5, 10), first.PublishedOn);
        Assert.Equal(deputies[0].Constituency, first.District);
        var edited = await service.UpdateAsync(first.Id, Input(deputies[0], new DateOnly(2025, 5, 10), 39, 11, 0), first.Version);
        Assert.Equal(VoterRating.BasicallyCompetent, edited.Result); // 78%

        await service.CreateAsync(county.One.Id, Input(deputies[1], new DateOnly(2026, 3, 2), 50, 0, 0));
        var y2026 = await db.VoterReportCoverageAsync(county.One.Id, 2026, await new CountyRulesService(db).ForTownshipAsync(county.One.Id));
        Assert.Equal([deputies[1].Name], y2026.ReportedInYear.Select(d => d.Name));
        Assert.Equal([deputies[2].Id], y2026.NotYetReportedInTerm.Select(d => d.Id));
        Assert.False(y2026.MeetsYearCount);
        Assert.Equal(2, y2026.RequiredPerYear);

        await service.CreateAsync(county.One.Id, Input(deputies[2], new DateOnly(2026, 4, 2), 50, 0, 0));
        var after = await db.VoterReportCoverageAsync(county.One.Id, 2026, await new CountyRulesService(db).ForTownshipAsync(county.One.Id));
        Assert.True(after.MeetsYearCount);
        Assert.Empty(after.NotYetReportedInTerm);

        var refused = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.CreateAsync(county.One.Id, Input(deputies[0], new DateOnly(2026, 7, 1), 70, 0, 0)));
        Assert.Contains(refused.Errors, e => e.Field == nameof(VoterReportInput.ReportedOn));
        Assert.Contains(refused.Errors, e => e.Field == nameof(VoterReportInput.CompetentVotes));
        await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.CreateAsync(county.One.Id, Input(county.DeputyOfTwo, new DateOnly(2026, 3, 1), 1, 0, 0)));
    }
}
