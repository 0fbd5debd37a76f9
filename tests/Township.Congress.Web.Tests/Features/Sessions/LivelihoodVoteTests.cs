using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Model;
using Township.Congress.Security;
using Township.Congress.Sessions;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.Web.Features.Sessions;

namespace Township.Congress.Web.Tests.Features.Sessions;

/// <summary>民生实事项目票决: candidates before the vote, the counts of all at once, the chosen by the majority of all and the seats.</summary>
public class LivelihoodVoteTests
{
    /// <summary>A session of township one with ten deputies on the roll, <paramref name="present"/> of them present; opened when asked.</summary>
    private static async Task<(CongressSession Session, SessionService Service)> SessionAsync(CongressDbContext db, TestDatabase database,
        SmallCounty county, int present = 7, bool open = true)
    {
        var (session, service, _) = await SessionWithRoll.CreateAsync(db, database, county, present);
        if (open) session = await service.OpenAsync(session.Id, session.Version, new OpenSessionInput(UnmarkedAsAbsent: true));
        return (session, service);
    }

    private static async Task<List<LivelihoodCandidate>> CandidatesAsync(SessionService service, Guid sessionId, params string[] names)
    {
        var list = new List<LivelihoodCandidate>();
        foreach (var name in names) list.Add(await service.AddLivelihoodCandidateAsync(sessionId, new LivelihoodCandidateInput(name)));
        return list;
    }

    private static List<LivelihoodCountsInput> Counts(List<LivelihoodCandidate> candidates, params (int For, int Against, int Abstain)[] counts) =>
        candidates.Select((c, i) => new LivelihoodCountsInput(c.Id, counts[i].For, counts[i].Against, counts[i].Abstain)).ToList();

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ProjectIsChosenWithMoreThanHalfOfAllDeputiesNotOfThosePresent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service) = await SessionAsync(db, database, county, present: 7);
        var candidates = await CandidatesAsync(service, session.Id, "新民村道路硬化", "红星村饮水工程", "镇卫生院改造");

        // 7 of 10 present: 5 "for" is a majority of those present but not of all ten deputies.
        var recorded = await service.RecordLivelihoodVotesAsync(session.Id, Counts(candidates, (6, 1, 0), (5, 1, 1), (7, 0, 0)));

        Assert.Equal([true, false, true], recorded.Select(c => c.Chosen));
        Assert.All(recorded, c => Assert.Equal((10, 7), (c.DeputiesInOffice, c.Present)));
        await using var check = database.Context(county.SecretaryOfOne);
        var details = await check.SessionDetailsAsync(session.Id);
        Assert.Null(details.LivelihoodSeats);
        Assert.Equal(["新民村道路硬化", "红星村饮水工程", "镇卫生院改造"], details.LivelihoodCandidates.Select(c => c.Name));
        var second = details.LivelihoodCandidates[1];
        Assert.Equal((5, 1, 1, false), (second.For, second.Against, second.Abstain, second.Chosen));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CountsAbovePresentOrNegativeAreRefusedNamingTheProject(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service) = await SessionAsync(db, database, county, present: 7);
        var candidates = await CandidatesAsync(service, session.Id, "新民村道路硬化", "红星村饮水工程");

        var tooMany = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.RecordLivelihoodVotesAsync(session.Id, Counts(candidates, (6, 1, 0), (6, 1, 1))));
        var negative = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.RecordLivelihoodVotesAsync(session.Id, Counts(candidates, (6, -1, 0), (6, 1, 0))));

        Assert.Equal("红星村饮水工程：赞成、反对、弃权合计 8 票，超过出席代表 7 人。", Assert.Single(tooMany.Errors).Message);
        Assert.StartsWith("新民村道路硬化：", Assert.Single(negative.Errors).Message);
        Assert.Contains("负数", negative.Message);
        await using var check = database.Context(county.SecretaryOfOne);
        Assert.All(await check.Set<LivelihoodCandidate>().ToListAsync(), c => Assert.Equal((null, null, null, false), (c.For, c.Against, c.Abstain, c.Chosen)));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WithSeatsOnlyTheTopProjectsThatReachedTheMajorityAreChosen(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service) = await SessionAsync(db, database, county, present: 9);
        var candidates = await CandidatesAsync(service, session.Id, "甲", "乙", "丙", "丁", "戊");
        session = await service.SetLivelihoodSeatsAsync(session.Id, 3, session.Version);

        // Four reach the majority (6 of 10); the three with most "for" are chosen; 戊 has too few anyway.
        var recorded = await service.RecordLivelihoodVotesAsync(session.Id,
            Counts(candidates, (6, 2, 1), (9, 0, 0), (7, 1, 1), (8, 1, 0), (3, 5, 1)));

        Assert.Equal(["乙", "丙", "丁"], recorded.Where(c => c.Chosen).Select(c => c.Name));
        Assert.Equal(3, (await db.SessionDetailsAsync(session.Id)).LivelihoodSeats);

        // Fewer with a majority than seats: those with a majority only.
        var fewer = await service.RecordLivelihoodVotesAsync(session.Id,
            Counts(candidates, (6, 2, 1), (9, 0, 0), (5, 1, 1), (2, 1, 0), (3, 5, 1)));
        Assert.Equal(["甲", "乙"], fewer.Where(c => c.Chosen).Select(c => c.Name));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ATieAtTheLastSeatIsRefusedButNotATieWithinTheSeats(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service) = await SessionAsync(db, database, county, present: 9);
        var candidates = await CandidatesAsync(service, session.Id, "甲", "乙", "丙");
        session = await service.SetLivelihoodSeatsAsync(session.Id, 2, session.Version);

        var tie = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.RecordLivelihoodVotesAsync(session.Id, Counts(candidates, (8, 0, 0), (7, 1, 0), (7, 0, 1))));
        var withinSeats = await service.RecordLivelihoodVotesAsync(session.Id, Counts(candidates, (8, 0, 0), (8, 1, 0), (7, 0, 1)));

        Assert.Equal("赞成票过半数的项目多于应选项目数，且第2名与第3名赞成票相同（7票），应就票数相同的项目再次表决。", Assert.Single(tie.Errors).Message);
        Assert.Equal(["甲", "乙"], withinSeats.Where(c => c.Chosen).Select(c => c.Name));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CandidatesAreAddedEditedReorderedAndRemovedOnlyBeforeTheVote(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service) = await SessionAsync(db, database, county, present: 8, open: false);
        var agenda = await service.AddAgendaItemAsync(session.Id, AgendaItemKind.LivelihoodProjectVote, "票决2025年民生实事项目");

        var road = await service.AddLivelihoodCandidateAsync(session.Id,
            new LivelihoodCandidateInput(" 新民村道路硬化 ", "全长3.2公里", "镇交通办", 123.456m, agenda.Id));
        var water = await service.AddLivelihoodCandidateAsync(session.Id, new LivelihoodCandidateInput("红星村饮水工程", OwnerUnit: "镇水利站"));
        var clinic = await service.AddLivelihoodCandidateAsync(session.Id, new LivelihoodCandidateInput("镇卫生院改造", EstimatedBudget: 80m));
        Assert.Equal((1, 2, 3), (road.Order, water.Order, clinic.Order));
        Assert.Equal(("新民村道路硬化", 123.46m, agenda.Id), (road.Name, road.EstimatedBudget, road.AgendaItemId));

        var duplicate = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.AddLivelihoodCandidateAsync(session.Id, new LivelihoodCandidateInput("红星村饮水工程")));
        var blank = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.AddLivelihoodCandidateAsync(session.Id, new LivelihoodCandidateInput("  ", EstimatedBudget: -1)));
        Assert.Contains("已有同名候选项目", duplicate.Message);
        Assert.Equal(["请填写项目名称。", "估算投资不能为负数。"], blank.Errors.Select(e => e.Message));

        water = await service.UpdateLivelihoodCandidateAsync(water.Id, new LivelihoodCandidateInput("红星村安全饮水巩固提升工程", "覆盖3个组", "镇水利站", 45.5m), water.Version);
        await using (var stale = database.Context(county.SecretaryOfOne))
            await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
                new SessionService(stale).UpdateLivelihoodCandidateAsync(water.Id, new LivelihoodCandidateInput("旧版本"), water.Version - 1));
        await service.ReorderLivelihoodCandidatesAsync(session.Id, [clinic.Id, road.Id, water.Id]);
        await Assert.ThrowsAsync<DomainValidationException>(() => service.ReorderLivelihoodCandidatesAsync(session.Id, [clinic.Id, road.Id]));
        await service.RemoveLivelihoodCandidateAsync(road.Id, road.Version);

        await using (var check = database.Context(county.SecretaryOfOne))
        {
            var list = (await check.SessionDetailsAsync(session.Id)).LivelihoodCandidates;
            Assert.Equal([(1, "镇卫生院改造"), (2, "红星村安全饮水巩固提升工程")], list.Select(c => (c.Order, c.Name)));
            Assert.Equal(("镇水利站", 45.5m, "覆盖3个组"), (list[1].OwnerUnit, list[1].EstimatedBudget, list[1].Description));
            Assert.All(list, c => Assert.Null(c.For));
        }

        // Before the session opens the vote cannot be recorded; once recorded, the list is fixed.
        var candidates = await db.Set<LivelihoodCandidate>().Where(c => c.SessionId == session.Id).OrderBy(c => c.Order).ToListAsync();
        var early = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.RecordLivelihoodVotesAsync(session.Id, Counts(candidates, (8, 0, 0), (8, 0, 0))));
        Assert.Contains("尚未开幕", early.Message);
        session = await service.OpenAsync(session.Id, session.Version, new OpenSessionInput(UnmarkedAsAbsent: true));
        await service.RecordLivelihoodVotesAsync(session.Id, Counts(candidates, (8, 0, 0), (7, 0, 0)));
        var fixedList = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.AddLivelihoodCandidateAsync(session.Id, new LivelihoodCandidateInput("新增项目")));
        Assert.Contains("票决结果已记录", fixedList.Message);
        var current = await db.Set<LivelihoodCandidate>().AsNoTracking().SingleAsync(c => c.Id == clinic.Id);
        await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.UpdateLivelihoodCandidateAsync(clinic.Id, new LivelihoodCandidateInput("改名"), current.Version));
        await Assert.ThrowsAsync<DomainValidationException>(() => service.RemoveLivelihoodCandidateAsync(clinic.Id, current.Version));
        await Assert.ThrowsAsync<DomainValidationException>(() => service.ReorderLivelihoodCandidatesAsync(session.Id, [water.Id, clinic.Id]));
        await Assert.ThrowsAsync<DomainValidationException>(() => service.SetLivelihoodSeatsAsync(session.Id, 1, session.Version));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheVoteCoversEveryCandidateAndIsCorrectedOnlyWhileTheSessionIsOpen(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service) = await SessionAsync(db, database, county, present: 8);
        await Assert.ThrowsAsync<DomainValidationException>(() => service.RecordLivelihoodVotesAsync(session.Id, []));
        var candidates = await CandidatesAsync(service, session.Id, "甲", "乙");

        var missing = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.RecordLivelihoodVotesAsync(session.Id, Counts(candidates.Take(1).ToList(), (8, 0, 0))));
        var stranger = await Assert.ThrowsAsync<DomainValidationException>(() => service.RecordLivelihoodVotesAsync(session.Id,
            [.. Counts(candidates, (8, 0, 0), (8, 0, 0)), new LivelihoodCountsInput(Guid.NewGuid(), 1, 0, 0)]));
        Assert.Contains("每个候选项目", missing.Message);
        Assert.Contains("不属于本次会议", stranger.Message);
        session = await service.SetLivelihoodSeatsAsync(session.Id, 3, session.Version);
        var seats = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.RecordLivelihoodVotesAsync(session.Id, Counts(candidates, (8, 0, 0), (7, 0, 0))));
        Assert.Equal("应选项目数（3项）多于候选项目数（2项）。", Assert.Single(seats.Errors).Message);
        await Assert.ThrowsAsync<DomainValidationException>(() => service.SetLivelihoodSeatsAsync(session.Id, 0, session.Version));
        session = await service.SetLivelihoodSeatsAsync(session.Id, null, session.Version);

        await service.RecordLivelihoodVotesAsync(session.Id, Counts(candidates, (8, 0, 0), (5, 3, 0)));
        var corrected = await service.RecordLivelihoodVotesAsync(session.Id, Counts(candidates, (8, 0, 0), (7, 1, 0)));
        Assert.Equal([true, true], corrected.Select(c => c.Chosen));
        session = await service.CloseAsync(session.Id, session.Version);
        var closed = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.RecordLivelihoodVotesAsync(session.Id, Counts(candidates, (8, 0, 0), (5, 3, 0))));
        Assert.Contains("已闭会", closed.Message);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnotherTownshipsCandidatesAreInvisibleAndUnchangeable(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        LivelihoodCandidate candidate;
        Guid sessionId;
        await using (var one = database.Context(county.SecretaryOfOne))
        {
            var (session, service) = await SessionAsync(one, database, county, open: false);
            candidate = (await CandidatesAsync(service, session.Id, "新民村道路硬化"))[0];
            sessionId = session.Id;
        }
        await using var two = database.Context(county.SecretaryOfTwo);
        var service2 = new SessionService(two);

        Assert.Empty(await two.Set<LivelihoodCandidate>().ToListAsync());
        await Assert.ThrowsAsync<TownshipAccessDeniedException>(() =>
            service2.UpdateLivelihoodCandidateAsync(candidate.Id, new LivelihoodCandidateInput("越权"), candidate.Version));
        await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => service2.RemoveLivelihoodCandidateAsync(candidate.Id, candidate.Version));
        await Assert.ThrowsAsync<TownshipAccessDeniedException>(() =>
            service2.AddLivelihoodCandidateAsync(sessionId, new LivelihoodCandidateInput("越权")));
        await using var check = database.System();
        Assert.Equal("新民村道路硬化", (await check.Set<LivelihoodCandidate>().SingleAsync()).Name);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheBallotListsTheCandidatesAndTheMinutesTheResults(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service) = await SessionAsync(db, database, county, present: 9, open: false);
        var candidates = await CandidatesAsync(service, session.Id, "甲项目", "乙项目", "丙项目");
        session = await service.SetLivelihoodSeatsAsync(session.Id, 2, session.Version);

        var before = await db.SessionDetailsAsync(session.Id);
        var ballot = SessionPrints.ProjectBallot(before);
        Assert.Equal(("一号镇民生实事项目票决票", "应选2项", "候选项目"), (ballot.Title, ballot.SeatsText, ballot.CandidateHeader));
        Assert.Equal(["甲项目", "乙项目", "丙项目"], ballot.Candidates);
        Assert.Equal(["赞成", "反对", "弃权"], ballot.Choices);
        Assert.Null(SessionPrints.MinutesModel(before).Projects);

        session = await service.OpenAsync(session.Id, session.Version, new OpenSessionInput(UnmarkedAsAbsent: true));
        await service.RecordLivelihoodVotesAsync(session.Id, Counts(candidates, (9, 0, 0), (4, 4, 1), (7, 1, 1)));
        var minutes = SessionPrints.MinutesModel(await db.SessionDetailsAsync(session.Id));

        var projects = Assert.IsType<Township.Congress.Reports.Documents.Sessions.MinutesProjectVote>(minutes.Projects);
        Assert.Equal(2, projects.Seats);
        Assert.Equal([("甲项目", 9, 0, 0, true), ("乙项目", 4, 4, 1, false), ("丙项目", 7, 1, 1, true)],
            projects.Projects.Select(p => (p.Name, p.For, p.Against, p.Abstain, p.Chosen)));
        Assert.Equal("赞成票超过全体代表10人的半数（6票）且按赞成票多少排在前2位的项目入选", projects.Basis);
        Assert.Contains("票决确定民生实事项目2项：甲项目、丙项目。", minutes.Decisions);
    }
}
