using Microsoft.EntityFrameworkCore;
using Township.Congress.Auditing;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Model;
using Township.Congress.Sessions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Sessions;

public class SessionServiceTests
{
    private static readonly DateOnly SessionDay = SessionWithRoll.SessionDay;

    /// <summary>Township one gets ten township deputies in all (three from the small county plus seven).</summary>
    private static async Task<List<Guid>> TenDeputiesAsync(TestDatabase database, SmallCounty county)
    {
        await using var db = database.System();
        var term = await db.Terms.SingleAsync(t => t.TownshipId == county.One.Id);
        for (var i = 0; i < 7; i++)
            db.Deputies.Add(new Deputy { TownshipId = county.One.Id, TermId = term.Id, Name = $"代表{i}", StatusSince = new DateOnly(2022, 1, 5) });
        await db.SaveChangesAsync();
        return await db.Deputies.Where(d => d.TownshipId == county.One.Id).OrderBy(d => d.Id).Select(d => d.Id).ToListAsync();
    }

    private static async Task<CongressSession> PlannedSessionAsync(CongressDbContext db, SmallCounty county) =>
        await new SessionService(db).CreateAsync(county.One.Id, new SessionInput
        {
            PlannedStart = SessionDay, PlannedEnd = SessionDay.AddDays(1), Venue = "镇政府大会议室",
        });

    private static async Task MarkPresentAsync(SessionService service, Guid sessionId, IEnumerable<Guid> ids)
    {
        foreach (var id in ids) await service.MarkAsync(sessionId, id, AttendanceStatus.Present);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RollHoldsOnlyTownshipDeputiesInOfficeOnTheSessionDate(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var ids = await TenDeputiesAsync(database, county);
        await using (var setup = database.Context(county.SecretaryOfOne))
        {
            var service = new DeputyService(setup);
            await service.ChangeStatusAsync(ids[0], DeputyStatus.Resigned, SessionDay.AddDays(-10), "辞职", 0);   // left before
            await service.ChangeStatusAsync(ids[1], DeputyStatus.Deceased, SessionDay.AddDays(30), "去世", 0);    // left after
            var countyOnly = await setup.Deputies.SingleAsync(d => d.Id == ids[2]);
            countyOnly.Levels = DeputyLevels.County;                                                              // not a township seat
            var late = await setup.Deputies.SingleAsync(d => d.Id == ids[3]);
            late.TookOfficeOn = SessionDay.AddDays(5);                                                            // by-elected later
            await setup.SaveChangesAsync();
        }
        await using var db = database.Context(county.SecretaryOfOne);
        var session = await PlannedSessionAsync(db, county);

        var summary = await new SessionService(db).PrepareRollAsync(session.Id);

        var roll = await db.Set<SessionAttendance>().Where(a => a.SessionId == session.Id).Select(a => a.DeputyId).ToListAsync();
        Assert.Equal(7, summary.InOffice);
        Assert.DoesNotContain(ids[0], roll);
        Assert.Contains(ids[1], roll);
        Assert.DoesNotContain(ids[2], roll);
        Assert.DoesNotContain(ids[3], roll);
        Assert.Equal("城关镇第十三届人民代表大会第一次会议".Replace("城关镇", ""), SessionNames.Of(13, session.Ordinal));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SessionOpensOnlyWithQuorumOrARecordedOverride(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service, ids) = await SessionWithRoll.CreateAsync(db, database, county, present: 6);
        await service.MarkAsync(session.Id, ids[6], AttendanceStatus.OnLeave, "外出务工");

        var summary = await service.SummaryAsync(session.Id);
        Assert.Equal((10, 6, 1, 0, 3, 7, false), (summary.InOffice, summary.Present, summary.OnLeave, summary.Absent, summary.Unmarked, summary.QuorumRequired, summary.HasQuorum));
        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => service.OpenAsync(session.Id, session.Version));
        Assert.Contains("三分之二", refused.Message);
        await Assert.ThrowsAsync<DomainValidationException>(() => service.MarkAsync(session.Id, ids[7], AttendanceStatus.OnLeave, " "));

        var opened = await service.OpenAsync(session.Id, session.Version, new OpenSessionInput("因防汛抢险，经主席团决定如期开会", UnmarkedAsAbsent: true));
        Assert.Equal(SessionStatus.InSession, opened.Status);
        await using var check = database.System();
        var audit = await check.AuditEntries.Where(a => a.EntityKey == session.Id.ToString() && a.Action == AuditAction.Update).ToListAsync();
        Assert.Contains(audit, a => a.Changes.Contains("防汛抢险"));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VotesPassWithMoreThanHalfOfAllDeputiesNotOfThosePresent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var ids = await TenDeputiesAsync(database, county);
        await using var db = database.Context(county.SecretaryOfOne);
        var service = new SessionService(db);
        var session = await PlannedSessionAsync(db, county);
        await service.PrepareRollAsync(session.Id);
        await Assert.ThrowsAsync<DomainValidationException>(() => service.RecordVoteAsync(session.Id, new VoteInput("早了", VoteKind.Resolution, 1, 0, 0)));
        await MarkPresentAsync(service, session.Id, ids.Take(7));
        session = await service.OpenAsync(session.Id, session.Version, new OpenSessionInput(UnmarkedAsAbsent: true));

        // 7 of 10 present: 5 "for" is a majority of those present but not of all ten deputies.
        var fails = await service.RecordVoteAsync(session.Id, new VoteInput("关于财政预算的决议", VoteKind.Resolution, 5, 1, 1));
        var passes = await service.RecordVoteAsync(session.Id, new VoteInput("关于民生实事的决定", VoteKind.Decision, 6, 1, 0));
        var tooMany = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.RecordVoteAsync(session.Id, new VoteInput("超票", VoteKind.Resolution, 6, 1, 1)));

        Assert.False(fails.Adopted);
        Assert.True(passes.Adopted);
        Assert.Equal((10, 7, 0), (passes.DeputiesInOffice, passes.Present, passes.NotVoting));
        Assert.Contains("超过出席代表 7 人", tooMany.Message);
        Assert.Equal(2, await db.Set<SessionVote>().CountAsync(v => v.SessionId == session.Id));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ElectionNeedsMoreThanHalfOfAllDeputiesAndFeedsOfficeHolders(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service, ids) = await SessionWithRoll.CreateAsync(db, database, county, present: 8);
        session = await service.OpenAsync(session.Id, session.Version, new OpenSessionInput(UnmarkedAsAbsent: true));

        var election = await service.RecordElectionAsync(session.Id, new ElectionInput(ElectionOffice.ViceChair, 1, 8,
            [new CandidateInput("张建国", 6, ids[0]), new CandidateInput("李秀英", 2, ids[1])]));
        var nobody = await service.RecordElectionAsync(session.Id, new ElectionInput(ElectionOffice.DeputyHead, 1, 8,
            [new CandidateInput("王德明", 5), new CandidateInput("赵新", 3)]));
        var tie = await Assert.ThrowsAsync<DomainValidationException>(() => service.RecordElectionAsync(session.Id,
            new ElectionInput(ElectionOffice.PresidiumMember, 1, 8, [new CandidateInput("甲", 6), new CandidateInput("乙", 6)])));

        Assert.Equal(["张建国"], election.Candidates.Where(c => c.Elected).Select(c => c.Name));
        Assert.DoesNotContain(nobody.Candidates, c => c.Elected);          // 5 of 10 is not more than half
        Assert.Contains("再次投票", tie.Message);
        var holder = await db.Set<OfficeHolder>().SingleAsync();
        Assert.Equal(("张建国", ElectionOffice.ViceChair, "人大副主席"), (holder.Name, holder.Office, holder.OfficeTitle));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExtraordinarySessionNamesItsProposerAndSessionsCloseInOrder(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var service = new SessionService(db);

        var missing = await Assert.ThrowsAsync<DomainValidationException>(() => service.CreateAsync(county.One.Id, new SessionInput
        {
            Kind = SessionKind.Extraordinary, PlannedStart = SessionDay, PlannedEnd = SessionDay, Venue = "会议室",
        }));
        Assert.Contains("提议", missing.Message);
        var session = await PlannedSessionAsync(db, county);
        var second = await PlannedSessionAsync(db, county);
        Assert.Equal((1, 2), (session.Ordinal, second.Ordinal));
        await Assert.ThrowsAsync<DomainValidationException>(() => service.CloseAsync(session.Id, session.Version));
        Assert.Equal(2, session.LengthDays);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnotherTownshipsSessionIsInvisibleAndUnchangeable(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        CongressSession session;
        await using (var one = database.Context(county.SecretaryOfOne))
            session = await PlannedSessionAsync(one, county);
        await using var two = database.Context(county.SecretaryOfTwo);

        Assert.Empty(await two.Sessions.ToListAsync());
        await Assert.ThrowsAsync<Township.Congress.Security.TownshipAccessDeniedException>(() => new SessionService(two).PrepareRollAsync(session.Id));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PerDeputyVotesGiveTheCountsAndOnlyPresentDeputiesVote(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service, ids) = await SessionWithRoll.CreateAsync(db, database, county, present: 8);
        await service.MarkAsync(session.Id, ids[8], AttendanceStatus.Absent);
        session = await service.OpenAsync(session.Id, session.Version, new OpenSessionInput(UnmarkedAsAbsent: true));

        var choices = ids.Take(8).Select((id, i) => (id, i < 6 ? VoteChoice.For : i == 6 ? VoteChoice.Against : VoteChoice.Abstain))
            .ToDictionary(x => x.id, x => x.Item2);
        // The typed counts are ignored when the votes are recorded deputy by deputy.
        var vote = await service.RecordVoteAsync(session.Id, new VoteInput("关于代表工作的决定", VoteKind.Decision, 99, 99, 99, PerDeputy: choices));
        var absentVotes = await Assert.ThrowsAsync<DomainValidationException>(() => service.RecordVoteAsync(session.Id,
            new VoteInput("缺席者投票", VoteKind.Decision, 0, 0, 0, PerDeputy: new Dictionary<Guid, VoteChoice> { [ids[8]] = VoteChoice.For })));

        Assert.Equal((6, 1, 1, true, true), (vote.For, vote.Against, vote.Abstain, vote.Adopted, vote.RecordedPerDeputy));
        Assert.Contains("出席", absentVotes.Message);
        await using var check = database.System();
        Assert.Equal(8, await check.Set<DeputyVote>().CountAsync(d => d.VoteId == vote.Id));
        Assert.True((await check.SessionDetailsAsync(session.Id)).Votes.Single().RecordedPerDeputy);
    }
}
