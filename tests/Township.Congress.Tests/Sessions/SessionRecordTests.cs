using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Sessions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Sessions;

/// <summary>The record of a session cannot contradict itself: votes, agenda, rounds, attendance, dates and numbers.</summary>
public class SessionRecordTests
{
    private static readonly OpenSessionInput Open = new();

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ASecondVoteOnOneMatterNeedsAReasonAndVotesCanBeEditedAndRemovedBeforeClosing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service, ids) = await SessionWithRoll.CreateAsync(db, database, county, present: 10);
        var item = await service.AddAgendaItemAsync(session.Id, AgendaItemKind.BudgetReport, "审查和批准财政预算报告");
        session = await service.OpenAsync(session.Id, session.Version, Open);

        var first = await service.RecordVoteAsync(session.Id, new VoteInput("关于财政预算的决议", VoteKind.Resolution, 5, 3, 2, item.Id));
        var twice = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.RecordVoteAsync(session.Id, new VoteInput("关于财政预算的决议（修订）", VoteKind.Resolution, 9, 1, 0, item.Id)));
        Assert.Equal("RevoteReason", Assert.Single(twice.Errors).Field);
        var sameTitle = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.RecordVoteAsync(session.Id, new VoteInput("关于财政预算的决议", VoteKind.Resolution, 9, 1, 0)));
        Assert.Contains("重新表决", sameTitle.Message);
        var revote = await service.RecordVoteAsync(session.Id, new VoteInput("关于财政预算的决议", VoteKind.Resolution, 9, 1, 0, item.Id,
            RevoteReason: "预算草案修改后重新表决"));
        Assert.Equal("预算草案修改后重新表决", revote.RevoteReason);
        Assert.Null(first.RevoteReason);

        var edited = await service.UpdateVoteAsync(first.Id, new VoteInput("关于财政预算的决议", VoteKind.Resolution, 6, 2, 2, item.Id), first.Version);
        Assert.Equal((6, true), (edited.For, edited.Adopted));
        await service.RemoveVoteAsync(revote.Id, revote.Version);
        var details = await db.SessionDetailsAsync(session.Id);
        Assert.Equal((6, null), (Assert.Single(details.Votes).For, details.Votes[0].RevoteReason));

        session = await service.CloseAsync(session.Id, session.Version);
        var closed = await Assert.ThrowsAsync<DomainValidationException>(() => service.RemoveVoteAsync(first.Id, edited.Version));
        Assert.Contains("已闭会", closed.Message);
        await service.Correcting("计票有误，据计票单更正").UpdateVoteAsync(first.Id,
            new VoteInput("关于财政预算的决议", VoteKind.Resolution, 7, 1, 2, item.Id), edited.Version);
        Assert.Equal("修改表决", (await db.Set<SessionCorrection>().SingleAsync()).Change);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AgendaItemsAreEditedRemovedAndReorderedUntilTheSessionCloses(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service, _) = await SessionWithRoll.CreateAsync(db, database, county, present: 10);
        var a = await service.AddAgendaItemAsync(session.Id, AgendaItemKind.GovernmentReport, "政府工作报告");
        var b = await service.AddAgendaItemAsync(session.Id, AgendaItemKind.BudgetReport, "预算报告");
        var c = await service.AddAgendaItemAsync(session.Id, AgendaItemKind.Other, "其他事项");

        await service.MoveAgendaItemAsync(c.Id, -1, c.Version);
        b = await service.UpdateAgendaItemAsync(b.Id, AgendaItemKind.BudgetReport, "审查和批准财政预算报告", b.Version);
        await Assert.ThrowsAsync<DomainValidationException>(() => service.MoveAgendaItemAsync(a.Id, -1, a.Version));
        await service.RemoveAgendaItemAsync(a.Id, a.Version);
        var agenda = (await db.SessionDetailsAsync(session.Id)).Agenda;
        Assert.Equal([(1, "其他事项"), (2, "审查和批准财政预算报告")], agenda.Select(i => (i.Order, i.Title)));

        session = await service.OpenAsync(session.Id, session.Version, Open);
        var vote = await service.RecordVoteAsync(session.Id, new VoteInput("关于预算的决议", VoteKind.Resolution, 8, 0, 0, b.Id));
        var inUse = await Assert.ThrowsAsync<DomainValidationException>(() => service.RemoveAgendaItemAsync(b.Id, b.Version));
        Assert.Contains("已有表决", inUse.Message);
        session = await service.CloseAsync(session.Id, session.Version);
        Assert.Contains("更正", (await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.UpdateAgendaItemAsync(b.Id, AgendaItemKind.BudgetReport, "改名", b.Version))).Message);
        Assert.True(vote.Adopted);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ElectionsOfOneOfficeAreNumberedRounds(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service, _) = await SessionWithRoll.CreateAsync(db, database, county, present: 10);
        session = await service.OpenAsync(session.Id, session.Version, Open);

        var head = await service.RecordElectionAsync(session.Id, new ElectionInput(ElectionOffice.Head, 1, 10, [new CandidateInput("甲", 9)]));
        var first = await service.RecordElectionAsync(session.Id, new ElectionInput(ElectionOffice.ViceChair, 1, 10,
            [new CandidateInput("宋福林", 5), new CandidateInput("李明", 5)]));
        var second = await service.PrepareElectionAsync(session.Id, new PreparedElectionInput(ElectionOffice.ViceChair, 1, [new NomineeInput("宋福林")]));
        Assert.Equal((1, 1, 2), (head.Round, first.Round, second.Round));
        second = await service.RecordElectionResultsAsync(second.Id, new ElectionResultsInput(10, new Dictionary<Guid, int>
        {
            [second.Candidates.Single().Id] = 8,
        }), second.Version);

        var vice = (await db.SessionDetailsAsync(session.Id)).Elections.Where(e => e.Office == ElectionOffice.ViceChair).ToList();
        Assert.Equal([(1, 2, false), (2, 2, true)], vice.Select(e => (e.Round, e.Rounds, e.Candidates.Any(c => c.Elected))));
        Assert.Equal("人大副主席（第二轮）", ElectionRounds.Titled(vice[1].OfficeTitle, vice[1].Round, vice[1].Rounds));
        Assert.Equal("人大副主席", ElectionRounds.Titled("人大副主席", 1, 1));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryDeputyOnTheRollIsCalledBeforeOpeningOrConfirmedAbsent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service, ids) = await SessionWithRoll.CreateAsync(db, database, county, present: 8);

        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => service.OpenAsync(session.Id, session.Version, Open));
        Assert.Equal(("Roll", "还有 2 名代表未点名：请逐一点名为出席、请假或缺席，或确认“未点名视为缺席”。"), (refused.Errors[0].Field, refused.Errors[0].Message));
        Assert.Equal(SessionStatus.Planned, (await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == session.Id)).Status);

        session = await service.OpenAsync(session.Id, session.Version, new OpenSessionInput(UnmarkedAsAbsent: true));
        var summary = await service.SummaryAsync(session.Id);
        Assert.Equal((10, 8, 0, 2, 0), (summary.InOffice, summary.Present, summary.OnLeave, summary.Absent, summary.Unmarked));
        Assert.Equal(summary.InOffice, summary.Present + summary.OnLeave + summary.Absent);
        var back = await Assert.ThrowsAsync<DomainValidationException>(() => service.MarkAsync(session.Id, ids[0], AttendanceStatus.Unmarked));
        Assert.Contains("不能改回未点名", back.Message);
        await Assert.ThrowsAsync<DomainValidationException>(() => service.PrepareRollAsync(session.Id));
        await service.MarkAsync(session.Id, ids[9], AttendanceStatus.Present); // a late arrival still counts
        Assert.Equal(9, (await service.SummaryAsync(session.Id)).Present);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OpeningBeforeThePlannedDateAsksAndKeepsPlannedAndActualDatesApart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var early = SessionWithRoll.SessionDay.AddDays(-2);
        await using var db = database.Context(county.SecretaryOfOne, new FixedClock(early));
        var (session, service, _) = await SessionWithRoll.CreateAsync(db, database, county, present: 10);

        var ask = await Assert.ThrowsAsync<DomainValidationException>(() => service.OpenAsync(session.Id, session.Version, Open));
        Assert.Equal("ActualStart", Assert.Single(ask.Errors).Field);
        Assert.Contains("早于计划日期", ask.Message);
        session = await service.OpenAsync(session.Id, session.Version, new OpenSessionInput(EarlyOpeningConfirmed: true));

        var details = await db.SessionDetailsAsync(session.Id);
        Assert.Equal((SessionWithRoll.SessionDay, SessionWithRoll.SessionDay.AddDays(1), early, (DateOnly?)null),
            (details.PlannedStart, details.PlannedEnd, details.ActualStart, details.ActualEnd));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SessionsAreNumberedByDateAndKeepTheirNumberOnceOpened(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (march, service, ids) = await SessionWithRoll.CreateAsync(db, database, county, present: 10);
        async Task<CongressSession> Plan(DateOnly day) => await service.CreateAsync(county.One.Id,
            new SessionInput { PlannedStart = day, PlannedEnd = day, Venue = "镇政府大会议室" });
        var december12 = await Plan(new DateOnly(2025, 12, 12));
        var december3 = await Plan(new DateOnly(2025, 12, 3));

        async Task<List<int>> Ordinals() => (await db.Sessions.AsNoTracking().ToListAsync()).OrderBy(s => s.PlannedStart).Select(s => s.Ordinal).ToList();
        var ordinals = await Ordinals();
        Assert.Equal(new[] { 1, 2, 3 }, ordinals); // 12-03 created last is still 第二次
        // Opened out of date order, 12-12 takes the next number after those held; the planned one follows.
        await service.PrepareRollAsync(december12.Id);
        foreach (var id in ids) await service.MarkAsync(december12.Id, id, AttendanceStatus.Present);
        december12 = await service.OpenAsync(december12.Id, (await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == december12.Id)).Version, Open);
        Assert.Equal(1, december12.Ordinal);
        var byDate = (await db.Sessions.AsNoTracking().ToListAsync()).ToDictionary(s => s.Id, s => s.Ordinal);
        Assert.Equal((2, 3), (byDate[march.Id], byDate[december3.Id]));
        // A planned session moved later is renumbered; the opened one keeps its number.
        var moved = await db.Sessions.SingleAsync(s => s.Id == march.Id);
        await service.UpdateAsync(march.Id, new SessionInput { PlannedStart = new DateOnly(2025, 12, 20), PlannedEnd = new DateOnly(2025, 12, 20), Venue = "镇政府大会议室" }, moved.Version);
        byDate = (await db.Sessions.AsNoTracking().ToListAsync()).ToDictionary(s => s.Id, s => s.Ordinal);
        Assert.Equal((1, 2, 3), (byDate[december12.Id], byDate[december3.Id], byDate[march.Id]));
    }
}
