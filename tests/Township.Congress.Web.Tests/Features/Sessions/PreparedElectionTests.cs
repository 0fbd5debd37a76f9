using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Model;
using Township.Congress.Sessions;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.Web.Features.Sessions;

namespace Township.Congress.Web.Tests.Features.Sessions;

/// <summary>Elections prepared before the vote (ballots printable), their results recorded later by the same rules.</summary>
public class PreparedElectionTests
{
    /// <summary>A planned session of township one with ten deputies on the roll, eight present; the deputy ids in roll order.</summary>
    private static Task<(CongressSession Session, SessionService Service, List<Guid> Ids)> PlannedSessionAsync(CongressDbContext db,
        TestDatabase database, SmallCounty county)
        => SessionWithRoll.CreateAsync(db, database, county, present: 8);

    private static Dictionary<Guid, int> VotesOf(Election election, params int[] votes) =>
        election.Candidates.OrderBy(c => c.Order).Select((c, i) => (c.Id, votes[i])).ToDictionary(x => x.Id, x => x.Item2);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task APreparedElectionHasCandidatesButNoResultsUntilTheyAreRecorded(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service, ids) = await PlannedSessionAsync(db, database, county);

        // Prepared while the session is still planned, then changed: the candidates are replaced.
        var election = await service.PrepareElectionAsync(session.Id, new PreparedElectionInput(ElectionOffice.DeputyHead, 2,
            [new NomineeInput("张建国", ids[0]), new NomineeInput("李秀英")], "副镇长"));
        election = await service.UpdatePreparedElectionAsync(election.Id, new PreparedElectionInput(ElectionOffice.DeputyHead, 2,
            [new NomineeInput("张建国", ids[0]), new NomineeInput("李秀英"), new NomineeInput("王德明")], "副镇长"), election.Version);
        await Assert.ThrowsAsync<DomainValidationException>(() => service.RecordElectionResultsAsync(election.Id,
            new ElectionResultsInput(0, VotesOf(election, 0, 0, 0)), election.Version)); // results need an open session

        await using (var check = database.Context(county.SecretaryOfOne))
        {
            var details = await check.SessionDetailsAsync(session.Id);
            var prepared = Assert.Single(details.Elections);
            Assert.Equal((ElectionStatus.Prepared, "副镇长", 2, 0), (prepared.Status, prepared.OfficeTitle, prepared.Seats, prepared.BallotsCast));
            Assert.Equal(["张建国", "李秀英", "王德明"], prepared.Candidates.Select(c => c.Name));
            Assert.All(prepared.Candidates, c => Assert.Equal((0, false), (c.Votes, c.Elected)));
            // The minutes tell only elections with results.
            Assert.Empty(SessionPrints.MinutesModel(details).Elections);
            Assert.DoesNotContain(SessionPrints.MinutesModel(details).Decisions, d => d.Contains("选举"));
            Assert.Empty(await check.Set<OfficeHolder>().ToListAsync());
        }

        session = await service.OpenAsync(session.Id, session.Version, new OpenSessionInput(UnmarkedAsAbsent: true));
        var recorded = await service.RecordElectionResultsAsync(election.Id,
            new ElectionResultsInput(8, VotesOf(election, 7, 2, 6), [new CandidateInput("刘海燕", 1)]), election.Version);

        Assert.Equal(ElectionStatus.Recorded, recorded.Status);
        Assert.Equal((8, 10), (recorded.BallotsCast, recorded.DeputiesInOffice));
        await using (var check = database.Context(county.SecretaryOfOne))
        {
            var details = await check.SessionDetailsAsync(session.Id);
            var entry = Assert.Single(details.Elections);
            Assert.Equal([("张建国", 7, true), ("李秀英", 2, false), ("王德明", 6, true), ("刘海燕", 1, false)],
                entry.Candidates.Select(c => (c.Name, c.Votes, c.Elected)));
            var minutes = SessionPrints.MinutesModel(details);
            Assert.Equal(["张建国", "王德明"], Assert.Single(minutes.Elections).Elected);
            var holders = await check.Set<OfficeHolder>().ToListAsync();
            Assert.Equal(["张建国", "王德明"], holders.Select(h => h.Name).Order(StringComparer.Ordinal));
            Assert.Equal(ids[0], holders.Single(h => h.Name == "张建国").DeputyId);
        }

        // Recorded: no second recording, no change, no removal.
        var again = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.RecordElectionResultsAsync(election.Id, new ElectionResultsInput(8, VotesOf(election, 7, 4, 6, 1)), recorded.Version));
        Assert.Contains("已记录结果", again.Message);
        await Assert.ThrowsAsync<DomainValidationException>(() => service.UpdatePreparedElectionAsync(election.Id,
            new PreparedElectionInput(ElectionOffice.DeputyHead, 1, [new NomineeInput("甲")]), recorded.Version));
        await Assert.ThrowsAsync<DomainValidationException>(() => service.RemovePreparedElectionAsync(election.Id, recorded.Version));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PreparedResultsFollowTheElectionRules(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service, _) = await PlannedSessionAsync(db, database, county);
        var election = await service.PrepareElectionAsync(session.Id, new PreparedElectionInput(ElectionOffice.ViceChair, 1,
            [new NomineeInput("张建国"), new NomineeInput("李秀英")]));
        var early = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.RecordElectionResultsAsync(election.Id, new ElectionResultsInput(8, VotesOf(election, 6, 2)), election.Version));
        Assert.Contains("尚未开幕", early.Message);
        await service.OpenAsync(session.Id, session.Version, new OpenSessionInput(UnmarkedAsAbsent: true));

        async Task<string> Refused(ElectionResultsInput input) =>
            (await Assert.ThrowsAsync<DomainValidationException>(() => service.RecordElectionResultsAsync(election.Id, input, election.Version))).Message;

        Assert.Contains("超过出席代表 8 人", await Refused(new ElectionResultsInput(9, VotesOf(election, 6, 2))));
        Assert.Contains("超过收回选票 7 张", await Refused(new ElectionResultsInput(7, VotesOf(election, 8, 0))));
        Assert.Contains("再次投票", await Refused(new ElectionResultsInput(8, VotesOf(election, 6, 6))));
        Assert.Contains("每位候选人", await Refused(new ElectionResultsInput(8, VotesOf(election, 6, 2).Take(1).ToDictionary())));
        Assert.Contains("重名", await Refused(new ElectionResultsInput(8, VotesOf(election, 6, 1), [new CandidateInput("李秀英", 1)])));

        // 5 of 10 is not more than half of all deputies: nobody elected, and that is a result too.
        var nobody = await service.RecordElectionResultsAsync(election.Id, new ElectionResultsInput(8, VotesOf(election, 5, 3)), election.Version);
        Assert.Equal(ElectionStatus.Recorded, nobody.Status);
        Assert.DoesNotContain(nobody.Candidates, c => c.Elected);
        await using var check = database.Context(county.SecretaryOfOne);
        Assert.Empty(await check.Set<OfficeHolder>().ToListAsync());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PreparationChecksTheCandidatesAndEndsWithTheSession(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service, ids) = await PlannedSessionAsync(db, database, county);

        async Task<string> Refused(PreparedElectionInput input) =>
            (await Assert.ThrowsAsync<DomainValidationException>(() => service.PrepareElectionAsync(session.Id, input))).Message;

        Assert.Contains("至少填写一名候选人", await Refused(new PreparedElectionInput(ElectionOffice.Chair, 1, [])));
        Assert.Contains("姓名重复", await Refused(new PreparedElectionInput(ElectionOffice.Chair, 1, [new NomineeInput("甲"), new NomineeInput(" 甲")])));
        Assert.Contains("候选人 2 名，少于应选名额 3 名", await Refused(new PreparedElectionInput(ElectionOffice.PresidiumMember, 3,
            [new NomineeInput("甲"), new NomineeInput("乙")])));
        Assert.Contains("不属于本次会议", await Refused(new PreparedElectionInput(ElectionOffice.Chair, 1, [new NomineeInput("甲")],
            AgendaItemId: Guid.NewGuid())));

        // A prepared presidium election seats its elected deputies on the session's presidium once recorded.
        var presidium = await service.PrepareElectionAsync(session.Id, new PreparedElectionInput(ElectionOffice.PresidiumMember, 2,
            [new NomineeInput("张建国", ids[0]), new NomineeInput("李秀英", ids[1]), new NomineeInput("王德明", ids[2])]));
        var spare = await service.PrepareElectionAsync(session.Id, new PreparedElectionInput(ElectionOffice.Other, 1, [new NomineeInput("甲")], "武装部长"));
        await service.RemovePreparedElectionAsync(spare.Id, spare.Version);
        session = await service.OpenAsync(session.Id, session.Version, new OpenSessionInput(UnmarkedAsAbsent: true));
        await service.RecordElectionResultsAsync(presidium.Id, new ElectionResultsInput(8, VotesOf(presidium, 8, 7, 1)), presidium.Version);
        // A write-in (另选人) with the majority is elected and becomes the office holder.
        var armed = await service.PrepareElectionAsync(session.Id, new PreparedElectionInput(ElectionOffice.Other, 1, [new NomineeInput("甲")], "武装部长"));
        var writeIn = await service.RecordElectionResultsAsync(armed.Id,
            new ElectionResultsInput(8, VotesOf(armed, 2), [new CandidateInput("乙", 6)]), armed.Version);
        Assert.Equal([("甲", 1, false), ("乙", 2, true)], writeIn.Candidates.OrderBy(c => c.Order).Select(c => (c.Name, c.Order, c.Elected)));
        session = await service.CloseAsync(session.Id, session.Version);

        var closed = await Refused(new PreparedElectionInput(ElectionOffice.Chair, 1, [new NomineeInput("甲")]));
        Assert.Contains("已闭会", closed);
        await using var check = database.Context(county.SecretaryOfOne);
        var members = await check.Set<SessionPresidiumMember>().Where(p => p.SessionId == session.Id).Select(p => p.DeputyId).ToListAsync();
        Assert.Equal(new[] { ids[0], ids[1] }.Order(), members.Order());
        Assert.Equal(2, await check.Set<Election>().CountAsync(e => e.SessionId == session.Id && e.Status == ElectionStatus.Recorded));
        Assert.Equal(2, (await check.Set<ElectionCandidate>().Where(c => c.ElectionId == armed.Id).ToListAsync()).Count);
        Assert.Equal("武装部长", (await check.Set<OfficeHolder>().SingleAsync(h => h.Name == "乙")).OfficeTitle);
    }
}
