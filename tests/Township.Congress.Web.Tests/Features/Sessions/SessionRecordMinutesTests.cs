using Township.Congress.Data;
using Township.Congress.Sessions;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.Web.Features.Sessions;

namespace Township.Congress.Web.Tests.Features.Sessions;

/// <summary>The minutes say what the record says: attendance that adds up, numbered rounds, re-votes and corrections.</summary>
public class SessionRecordMinutesTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MinutesAddUpAttendanceNumberRoundsAndListReVotesAndCorrections(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (session, service, _) = await SessionWithRoll.CreateAsync(db, database, county, present: 8);
        session = await service.OpenAsync(session.Id, session.Version, new OpenSessionInput(UnmarkedAsAbsent: true));
        await service.RecordElectionAsync(session.Id, new ElectionInput(ElectionOffice.ViceChair, 1, 8, [new CandidateInput("宋福林", 5), new CandidateInput("李明", 3)]));
        await service.RecordElectionAsync(session.Id, new ElectionInput(ElectionOffice.ViceChair, 1, 8, [new CandidateInput("宋福林", 7)]));
        await service.RecordVoteAsync(session.Id, new VoteInput("关于财政预算的决议", VoteKind.Resolution, 5, 3, 0));
        await service.RecordVoteAsync(session.Id, new VoteInput("关于财政预算的决议", VoteKind.Resolution, 8, 0, 0, RevoteReason: "修改后重新表决"));
        session = await service.CloseAsync(session.Id, session.Version);
        await service.Correcting("据纸质记录补录").AddAgendaItemAsync(session.Id, AgendaItemKind.Other, "补充议程");

        var minutes = SessionPrints.MinutesModel(await db.SessionDetailsAsync(session.Id));

        var a = minutes.Attendance;
        Assert.Equal((10, 8, 0, 2), (a.DeputiesInOffice, a.Present, a.OnLeave, a.Absent));
        Assert.Equal(a.DeputiesInOffice, a.Present + a.OnLeave + a.Absent);
        Assert.Equal(["人大副主席（第一轮）", "人大副主席（第二轮）"], minutes.Elections.Select(e => e.Office));
        Assert.Equal([[], ["宋福林"]], minutes.Elections.Select(e => e.Elected.ToArray()));
        Assert.Equal("关于财政预算的决议（重新表决（修改后重新表决））", minutes.Votes[1].Title);
        Assert.Contains(minutes.Closing!, line => line.StartsWith("更正：", StringComparison.Ordinal));
        Assert.Contains(minutes.Closing!, line => line.Contains("town01更正（增加议程），原因：据纸质记录补录", StringComparison.Ordinal));
    }
}
