using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Model;
using Township.Congress.Sessions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Sessions;

/// <summary>The service refuses what <see cref="SessionWorkflow"/> refuses, with the table's own message.</summary>
public class SessionWorkflowServiceTests
{
    private static readonly DateOnly SessionDay = new(2025, 3, 8);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AClosedSessionIsReadOnlyExceptAnExplicitCorrectionWithAReason(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using (var setup = database.System())
        {
            var term = await setup.Terms.SingleAsync(t => t.TownshipId == county.One.Id);
            for (var i = 0; i < 7; i++)
                setup.Deputies.Add(new Deputy { TownshipId = county.One.Id, TermId = term.Id, Name = $"代表{i}", StatusSince = new DateOnly(2022, 1, 5) });
            await setup.SaveChangesAsync();
        }
        await using var db = database.Context(county.SecretaryOfOne);
        var service = new SessionService(db);
        var session = await service.CreateAsync(county.One.Id, new SessionInput { PlannedStart = SessionDay, PlannedEnd = SessionDay, Venue = "镇政府大会议室" });
        Assert.Equal(SessionWorkflow.Refusal(new(SessionStatus.Planned), SessionAction.RecordVote),
            (await Assert.ThrowsAsync<DomainValidationException>(() => service.RecordVoteAsync(session.Id, new VoteInput("决议", VoteKind.Resolution, 0, 0, 0)))).Message);
        await service.PrepareRollAsync(session.Id);
        var ids = await db.Set<SessionAttendance>().Where(a => a.SessionId == session.Id).Select(a => a.DeputyId).ToListAsync();
        foreach (var id in ids) await service.MarkAsync(session.Id, id, AttendanceStatus.Present);
        session = await service.OpenAsync(session.Id, session.Version);
        Assert.Equal(SessionWorkflow.Refusal(new(SessionStatus.InSession), SessionAction.Open),
            (await Assert.ThrowsAsync<DomainValidationException>(() => service.OpenAsync(session.Id, session.Version))).Message);
        session = await service.CloseAsync(session.Id, session.Version);

        var facts = await service.FactsAsync(session);
        Assert.Equal(new SessionFacts(SessionStatus.Closed, ProjectsVoted: false), facts);
        var mark = await Assert.ThrowsAsync<DomainValidationException>(() => service.MarkAsync(session.Id, ids[0], AttendanceStatus.Absent));
        Assert.Equal(SessionWorkflow.Refusal(facts, SessionAction.EditRoll), mark.Message);
        var roll = await Assert.ThrowsAsync<DomainValidationException>(() => service.PrepareRollAsync(session.Id));
        Assert.Equal(SessionWorkflow.Refusal(facts, SessionAction.EditRoll), roll.Message);
        var prepare = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.PrepareElectionAsync(session.Id, new PreparedElectionInput(ElectionOffice.Head, 1, [new NomineeInput("甲")])));
        Assert.Equal(SessionWorkflow.Refusal(facts, SessionAction.PrepareElection), prepare.Message);

        // Read-only after closing: a vote, an election or an agenda item only as an explicit 更正 with a reason.
        var closedVote = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.RecordVoteAsync(session.Id, new VoteInput("关于财政预算的决议", VoteKind.Resolution, ids.Count, 0, 0)));
        Assert.Equal(SessionWorkflow.Refusal(facts, SessionAction.RecordVote), closedVote.Message);
        Assert.Contains("更正", closedVote.Message);
        await Assert.ThrowsAsync<DomainValidationException>(() => service.AddAgendaItemAsync(session.Id, AgendaItemKind.Other, "补充议程"));
        await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.RecordElectionAsync(session.Id, new ElectionInput(ElectionOffice.Head, 1, ids.Count, [new CandidateInput("甲", ids.Count)])));
        var noReason = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.Correcting(" ").RecordVoteAsync(session.Id, new VoteInput("关于财政预算的决议", VoteKind.Resolution, ids.Count, 0, 0)));
        Assert.Contains("更正原因", noReason.Message);
        Assert.Equal(0, await db.Set<SessionVote>().CountAsync(v => v.SessionId == session.Id));

        var correcting = service.Correcting("据纸质表决记录补录");
        var vote = await correcting.RecordVoteAsync(session.Id, new VoteInput("关于财政预算的决议", VoteKind.Resolution, ids.Count, 0, 0));
        Assert.True(vote.Adopted);
        var election = await correcting.RecordElectionAsync(session.Id, new ElectionInput(ElectionOffice.Head, 1, ids.Count, [new CandidateInput("甲", ids.Count)]));
        Assert.True(Assert.Single(election.Candidates).Elected);
        var corrections = await db.Set<SessionCorrection>().Where(c => c.SessionId == session.Id).OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(["补录表决", "补录选举"], corrections.Select(c => c.Change));
        Assert.All(corrections, c => Assert.Equal(("据纸质表决记录补录", county.SecretaryOfOne.UserName), (c.Reason, c.ByUserName)));
        await using var check = database.System();
        Assert.Equal(2, await check.AuditEntries.CountAsync(a => a.EntityType == nameof(SessionCorrection)));
    }
}
