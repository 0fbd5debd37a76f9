using Microsoft.EntityFrameworkCore;
using Township.Congress.LivelihoodProjects;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Rules;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.Testing.LivelihoodProjects;

namespace Township.Congress.Tests.LivelihoodProjects;

public class LivelihoodProjectServiceTests
{
    private static readonly DateOnly Today = new(2025, 7, 1);

    private static LivelihoodProjectInput Facts(params MilestoneInput[] milestones) =>
        new(null, "镇交通站", 120m, null, null, LivelihoodProjectState.InProgress, milestones);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheLedgerIsBuiltFromTheChosenCandidatesOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, _, _) = await VotedProjects.CreateAsync(db, database, county);
        var service = new LivelihoodProjectService(db);

        var first = await service.CreateFromVoteAsync(session.Id);
        var again = await service.CreateFromVoteAsync(session.Id);

        Assert.Equal(["村道硬化", "饮水提升"], first.Select(p => p.Name));
        Assert.Empty(again);
        var stored = await db.LivelihoodProjects.Where(p => p.SessionId == session.Id).OrderBy(p => p.Name).ToListAsync();
        Assert.Equal(2, stored.Count);
        Assert.All(stored, p => Assert.Equal((session.Start.Year, county.One.Id, LivelihoodProjectState.InProgress), (p.Year, p.TownshipId, p.State)));
        Assert.Equal((120m, "镇交通站"), (stored.Single(p => p.Name == "村道硬化").Budget, stored.Single(p => p.Name == "村道硬化").OwnerUnitName));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ASessionWithoutAVoteHasNoLedgerToBuild(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, _, _) = await Testing.Sessions.SessionWithRoll.CreateAsync(db, database, county, present: 8);
        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => new LivelihoodProjectService(db).CreateFromVoteAsync(session.Id));
        Assert.Contains("票决", refused.Message);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MarkingAMilestoneDoneMovesTheWeightedProgressAndClearsItsOverdueFlag(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        Guid id;
        await using (var setup = database.Context(county.SecretaryOfOne))
        {
            var (session, _, _) = await VotedProjects.CreateAsync(setup, database, county);
            id = (await new LivelihoodProjectService(setup).CreateFromVoteAsync(session.Id))[0].Id;
        }
        await using var db = database.Context(county.SecretaryOfOne, new FixedClock(Today));
        var service = new LivelihoodProjectService(db);
        var project = await service.UpdateAsync(id, Facts(
            new(null, "方案设计", new(2025, 4, 30), new(2025, 4, 28), 1),
            new(null, "路基施工", new(2025, 6, 30), null, 2),
            new(null, "竣工验收", new(2025, 10, 31), null, 1)), 0);

        var before = await db.LivelihoodProjectAsync(id, CountyRules.Defaults);
        Assert.Equal(25m, before.ProgressPercent);
        Assert.Equal([false, true, false], before.Milestones.Select(m => m.Overdue));

        var ms = before.Milestones;
        await service.UpdateAsync(id, Facts(
            new(ms[0].Id, "方案设计", ms[0].PlannedOn, ms[0].DoneOn, 1),
            new(ms[1].Id, "路基施工", ms[1].PlannedOn, Today, 2),
            new(ms[2].Id, "竣工验收", ms[2].PlannedOn, null, 1)), before.Version);

        var after = await db.LivelihoodProjectAsync(id, CountyRules.Defaults);
        Assert.Equal(75m, after.ProgressPercent);
        Assert.All(after.Milestones, m => Assert.False(m.Overdue));
        Assert.Equal(ms.Select(m => m.Id), after.Milestones.Select(m => m.Id));
        var list = await db.SearchLivelihoodProjectsAsync(new(county.One.Id, after.Year), CountyRules.Defaults);
        Assert.Equal(75m, list.Items.Single(p => p.Id == id).ProgressPercent);

        // Leaving a milestone out removes it.
        await service.UpdateAsync(id, Facts(new MilestoneInput(ms[0].Id, "方案设计", ms[0].PlannedOn, ms[0].DoneOn, 1)), after.Version);
        Assert.Equal(100m, (await db.LivelihoodProjectAsync(id, CountyRules.Defaults)).ProgressPercent);
        Assert.Equal(1, await db.Set<LivelihoodMilestone>().CountAsync(m => m.ProjectId == id));
        // An edit made on the old version is a conflict, not a silent overwrite.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => service.UpdateAsync(id, Facts([]), before.Version));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BadInputIsRefusedWithChineseMessagesNamingTheField(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        Guid id;
        await using (var setup = database.Context(county.SecretaryOfOne))
        {
            var (session, _, _) = await VotedProjects.CreateAsync(setup, database, county);
            id = (await new LivelihoodProjectService(setup).CreateFromVoteAsync(session.Id))[0].Id;
        }
        Guid otherUnit;
        await using (var system = database.System())
        {
            var unit = new Township.Congress.Suggestions.HandlingUnit { CountyId = county.County.Id, TownshipId = county.Two.Id, Name = "二镇农业站" };
            system.Add(unit);
            await system.SaveChangesAsync();
            otherUnit = unit.Id;
        }
        await using var db = database.Context(county.SecretaryOfOne, new FixedClock(Today));
        var service = new LivelihoodProjectService(db);

        var bad = await Assert.ThrowsAsync<DomainValidationException>(() => service.UpdateAsync(id,
            new(otherUnit, null, -1m, county.DeputyOfTwo.Id, null, LivelihoodProjectState.Completed,
                [new(null, "施工", new(2025, 6, 1), Today.AddDays(1), 0), new(null, "", new(2025, 6, 1), null, 1)],
                new(-1, 0, 0, Today)), 0));

        Assert.Equal(["OwnerUnitId", "PresidiumMemberId", "Budget", "Milestones[0].Weight", "Milestones[0].DoneOn", "Milestones[1].Name",
            "Satisfaction", "State"], bad.Errors.Select(e => e.Field));
        Assert.Contains("权重", bad.Errors[3].Message);
        Assert.Contains("不能晚于今天", bad.Errors[4].Message);
        Assert.Equal(0, await db.Set<LivelihoodMilestone>().CountAsync());
        var noUnit = await Assert.ThrowsAsync<DomainValidationException>(() => service.UpdateAsync(id,
            new(null, " ", null, null, null, LivelihoodProjectState.InProgress, []), 0));
        Assert.Equal("OwnerUnitName", Assert.Single(noUnit.Errors).Field);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnotherTownshipCannotEditTheProjectOrItsLedger(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        Guid id, sessionId;
        await using (var setup = database.Context(county.SecretaryOfOne))
        {
            var (session, _, _) = await VotedProjects.CreateAsync(setup, database, county);
            sessionId = session.Id;
            id = (await new LivelihoodProjectService(setup).CreateFromVoteAsync(session.Id))[0].Id;
        }
        await using var db = database.Context(county.SecretaryOfTwo);
        var service = new LivelihoodProjectService(db);
        await Assert.ThrowsAsync<Township.Congress.Security.TownshipAccessDeniedException>(() => service.UpdateAsync(id, Facts([]), 0));
        await Assert.ThrowsAsync<Township.Congress.Security.TownshipAccessDeniedException>(() => service.CreateFromVoteAsync(sessionId));
        Assert.Equal(0, (await db.SearchLivelihoodProjectsAsync(new(), CountyRules.Defaults)).Total);
    }
}
