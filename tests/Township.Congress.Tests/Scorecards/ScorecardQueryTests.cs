using Microsoft.EntityFrameworkCore;
using Township.Congress.Auditing;
using Township.Congress.Activities;
using Township.Congress.Data;
using Township.Congress.LiaisonStations;
using Township.Congress.Model;
using Township.Congress.PresidiumMeetings;
using Township.Congress.Scorecards;
using Township.Congress.Security;
using Township.Congress.Sessions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Scorecards;

/// <summary>The scorecard read from the database on both providers: each computed criterion at its edge, the hand scores, who may see.</summary>
public class ScorecardQueryTests
{
    private static readonly FixedClock Clock = new(new DateOnly(2026, 3, 1));

    private static TownshipScope County(SmallCounty w) => TownshipScope.CountyViewer("county", Guid.NewGuid(), [w.One.Id, w.Two.Id], w.County.Id);

    private static async Task SeedYearAsync(TestDatabase database, SmallCounty w)
    {
        await using var db = database.System();
        var termOne = await db.Terms.Where(t => t.TownshipId == w.One.Id).Select(t => t.Id).SingleAsync();
        var termTwo = await db.Terms.Where(t => t.TownshipId == w.Two.Id).Select(t => t.Id).SingleAsync();
        CongressSession Session(Guid township, Guid term, int ordinal, int month, bool held = true) => new()
        {
            TownshipId = township, TermId = term, Ordinal = ordinal, PlannedStart = new(2025, month, 10), PlannedEnd = new(2025, month, 10),
            ActualStart = held ? new(2025, month, 10) : null, ActualEnd = held ? new(2025, month, 10) : null,
            Status = held ? SessionStatus.Closed : SessionStatus.Planned,
        };
        // One: two sessions (the requirement); Two: one, and a planned one that does not count.
        db.Sessions.AddRange(Session(w.One.Id, termOne, 3, 1), Session(w.One.Id, termOne, 4, 11), Session(w.Two.Id, termTwo, 3, 1),
            Session(w.Two.Id, termTwo, 4, 11, held: false));
        // One: four meetings at 8 of 9 (88.9%); Two: four at 5 of 6 (83.3%, below 85%).
        for (var m = 1; m <= 4; m++)
        {
            db.PresidiumMeetings.Add(new PresidiumMeeting { TownshipId = w.One.Id, TermId = termOne, NumberInYear = m, Date = new(2025, m * 3, 1),
                Attendees = "甲、乙", Absentees = m == 1 ? "丙" : "" });
            db.PresidiumMeetings.Add(new PresidiumMeeting { TownshipId = w.Two.Id, TermId = termTwo, NumberInYear = m, Date = new(2025, m * 3, 1),
                Attendees = m <= 2 ? "甲" : m == 3 ? "甲、乙" : "甲", Absentees = m == 4 ? "乙" : "" });
        }
        // One's group: two held activities (on target); a cancelled one does not count.
        Activity GroupActivity(int month, ActivityStatus status) => new()
        {
            TownshipId = w.One.Id, Kind = ActivityKind.GroupActivity, Organiser = ActivityOrganiser.DeputyGroup, GroupId = w.GroupOfOne.Id,
            Subject = "小组活动" + month, StartsOn = new(2025, month, 5), EndsOn = new(2025, month, 5), Status = status,
        };
        db.Activities.AddRange(GroupActivity(4, ActivityStatus.Held), GroupActivity(8, ActivityStatus.Held), GroupActivity(9, ActivityStatus.Cancelled));
        // One: a complete station; Two: eight of nine.
        foreach (var (township, met) in new[] { (w.One.Id, 9), (w.Two.Id, 8) })
        {
            var station = new LiaisonStation { TownshipId = township, Name = "代表之家" };
            station.Checklist.AddRange(Enum.GetValues<NineHas>().Select((item, i) => new ChecklistItem { TownshipId = township, Item = item, Met = i < met }));
            db.LiaisonStations.Add(station);
        }
        await db.SaveChangesAsync();
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EachComputedCriterionIsScoredFromTheYearsRecordsAtItsEdge(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SmallCounty.SeedAsync(database);
        await SeedYearAsync(database, w);
        await using var db = database.Context(County(w), Clock);

        var card = await db.ScorecardAsync(w.County.Id, 2025);
        var one = card.Townships.Single(t => t.TownshipId == w.One.Id);
        var two = card.Townships.Single(t => t.TownshipId == w.Two.Id);
        decimal P(TownshipScore t, ScorecardCriterion c) => t.Criteria.Single(x => x.Criterion == c).Points;

        Assert.Equal(15m, P(one, ScorecardCriterion.Sessions));
        Assert.Equal(7.5m, P(two, ScorecardCriterion.Sessions));
        Assert.Equal("召开代表大会1次（要求≥2次）", two.Criteria.Single(x => x.Criterion == ScorecardCriterion.Sessions).Data);
        Assert.Equal(10m, P(one, ScorecardCriterion.PresidiumMeetings));
        Assert.Equal(5m, P(two, ScorecardCriterion.PresidiumMeetings));
        Assert.Equal(10m, P(one, ScorecardCriterion.GroupActivities));
        Assert.Equal(0m, P(two, ScorecardCriterion.GroupActivities));
        Assert.Equal(10m, P(one, ScorecardCriterion.LiaisonStations));
        Assert.Equal(8.9m, P(two, ScorecardCriterion.LiaisonStations));
        Assert.Equal(1, one.Rank);
        Assert.Equal(2, two.Rank);
        Assert.Equal(one.Criteria.Sum(c => c.Points), one.Total);
        Assert.Equal(Enum.GetValues<ScorecardCriterion>().Length, card.Columns.Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheCountyScoresByHandWithItsVersionAndATownshipCannot(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SmallCounty.SeedAsync(database);
        await using (var db = database.Context(County(w), Clock))
        {
            var service = new ScorecardService(db);
            var saved = await service.SetHandScoreAsync(w.One.Id, 2025, ScorecardCriterion.SelfBuilding, new(8.5m, " 制度健全 ", 0));
            Assert.Equal("county", saved.ScoredBy);
            Assert.Equal("制度健全", saved.Note);
            await using var pdf = new MemoryStream("%PDF-1.4\n%%EOF\n"u8.ToArray());
            var withEvidence = await service.AttachEvidenceAsync(saved.Id, "制度汇编.pdf", pdf, 1024 * 1024);
            Assert.Equal("制度汇编.pdf", withEvidence.EvidenceName);
            Assert.Equal((withEvidence.EvidenceName!, "application/pdf"), (await service.EvidenceAsync(saved.Id)) is var (n, t, _) ? (n, t) : default);

            await using (var other = database.Context(County(w), Clock))
                await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
                    new ScorecardService(other).SetHandScoreAsync(w.One.Id, 2025, ScorecardCriterion.SelfBuilding, new(9m, "再评", saved.Version)));
            var again = await service.SetHandScoreAsync(w.One.Id, 2025, ScorecardCriterion.SelfBuilding, new(9m, "再评", withEvidence.Version));
            Assert.Equal(9m, again.Points);

            var over = await Assert.ThrowsAsync<DomainValidationException>(() =>
                service.SetHandScoreAsync(w.One.Id, 2025, ScorecardCriterion.Bonus, new(5.5m, "超出", 0)));
            Assert.Equal("得分应在0到5分之间，最多一位小数", Assert.Single(over.Errors).Message);
            var computed = await Assert.ThrowsAsync<DomainValidationException>(() =>
                service.SetHandScoreAsync(w.One.Id, 2025, ScorecardCriterion.Sessions, new(5m, "手工", 0)));
            Assert.Contains(computed.Errors, e => e.Field == "Criterion");
            var future = await Assert.ThrowsAsync<DomainValidationException>(() =>
                service.SetHandScoreAsync(w.One.Id, 2027, ScorecardCriterion.Bonus, new(1m, "未来", 0)));
            Assert.Contains(future.Errors, e => e.Field == "Year");

            var card = await db.ScorecardAsync(w.County.Id, 2025);
            var self = card.Townships.Single(t => t.TownshipId == w.One.Id).Criteria.Single(c => c.Criterion == ScorecardCriterion.SelfBuilding);
            Assert.Equal(9m, self.Points);
            Assert.Equal("再评", self.Data);
            Assert.Equal("制度汇编.pdf", self.Hand!.EvidenceName);
        }

        await using (var secretary = database.Context(w.SecretaryOfOne, Clock))
        {
            await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => secretary.ScorecardAsync(w.County.Id, 2025));
            await Assert.ThrowsAsync<TownshipAccessDeniedException>(() =>
                new ScorecardService(secretary).SetHandScoreAsync(w.One.Id, 2025, ScorecardCriterion.Bonus, new(5m, "自评", 0)));
            // Past the service, the change guard still refuses a township scoring itself.
            secretary.Add(new ScorecardHandScore { TownshipId = w.One.Id, Year = 2024, Criterion = ScorecardCriterion.Bonus, Points = 5, Note = "自评" });
            await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => secretary.SaveChangesAsync());
        }

        await using var system = database.System();
        var audited = await system.AuditEntries.Where(a => a.EntityType == nameof(ScorecardHandScore)).Select(a => a.Action).ToListAsync();
        Assert.Equal([AuditAction.Insert, AuditAction.Update, AuditAction.Update], audited.Order());
    }
}
