using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Demo;
using Township.Congress.Deputies;
using Township.Congress.PresidiumMeetings;
using Township.Congress.Sessions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Demo;

public class DemoSeederTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DemoCountyIsRealisticAndItsSessionsRespectTheRules(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var seed = database.System())
            Assert.True(await DemoSeeder.SeedAsync(seed, passwordIterations: 1000));
        await using var db = database.System();

        Assert.Equal(15, await db.Townships.CountAsync());
        var perTownship = await db.Deputies.GroupBy(d => d.TownshipId).Select(g => g.Count()).ToListAsync();
        Assert.All(perTownship, n => Assert.InRange(n, 50, 160));
        Assert.InRange(perTownship.Sum(), 700, 850);
        Assert.Equal(15 * 9, await db.DeputyGroups.CountAsync());
        Assert.Equal(32 + 8, await db.Users.CountAsync()); // admin, county, town01–15, chair01–15, unit01–08

        var deputies = await db.Deputies.Include(d => d.StatusHistory).ToDictionaryAsync(d => d.Id);
        var sessions = await db.Sessions.Include(s => s.Attendance).Include(s => s.Votes).Include(s => s.Elections).ThenInclude(e => e.Candidates).ToListAsync();
        foreach (var township in await db.Townships.Select(t => t.Id).ToListAsync())
        {
            foreach (var year in new[] { 2022, 2023, 2024, 2025, 2026 })
                Assert.Equal(2, sessions.Count(s => s.TownshipId == township && s.PlannedStart.Year == year && s.Kind == SessionKind.Regular));
            Assert.Equal(4, await db.PresidiumMeetings.CountAsync(m => m.TownshipId == township && m.Date.Year == 2025));
        }
        foreach (var session in sessions.Where(s => s.Status != SessionStatus.Planned))
        {
            Assert.All(session.Attendance, a => Assert.True(TermOfOffice.InOfficeOn(deputies[a.DeputyId], deputies[a.DeputyId].StatusHistory, session.RollDate)));
            var inOffice = session.Attendance.Count;
            var present = session.Attendance.Count(a => a.Status == AttendanceStatus.Present);
            Assert.True(SessionRules.HasQuorum(present, inOffice));
            Assert.All(session.Votes, v =>
            {
                Assert.True(v.For + v.Against + v.Abstain <= v.Present);
                Assert.Equal((inOffice, present), (v.DeputiesInOffice, v.Present));
                Assert.Equal(SessionRules.IsMajorityOfAll(v.For, inOffice), v.Adopted);
            });
            Assert.All(session.Elections, e =>
            {
                Assert.True(e.Candidates.Count(c => c.Elected) <= e.Seats);
                Assert.All(e.Candidates.Where(c => c.Elected), c => Assert.True(SessionRules.IsMajorityOfAll(c.Votes, inOffice)));
            });
        }
        Assert.Contains(sessions, s => s.Elections.Count > 0);

        // The first regular session of each year from 2023 votes on 12–15 candidate projects, 10 to be chosen, by the rules.
        var projects = (await db.Set<LivelihoodCandidate>().ToListAsync()).ToLookup(c => c.SessionId);
        foreach (var group in sessions.GroupBy(s => (s.TownshipId, s.PlannedStart.Year)))
        {
            var first = group.Where(s => s.Kind == SessionKind.Regular).MinBy(s => s.PlannedStart)!;
            Assert.All(group.Where(s => s != first), s => Assert.Empty(projects[s.Id]));
            if (group.Key.Year < 2023)
            {
                Assert.Empty(projects[first.Id]);
                continue;
            }
            var list = projects[first.Id].OrderBy(c => c.Order).ToList();
            Assert.InRange(list.Count, 12, 15);
            Assert.Equal(10, first.LivelihoodSeats);
            Assert.Equal(Enumerable.Range(1, list.Count), list.Select(c => c.Order));
            Assert.Equal(list.Count, list.Select(c => c.Name).Distinct().Count());
            var inOffice = first.Attendance.Count;
            var present = first.Attendance.Count(a => a.Status == AttendanceStatus.Present);
            Assert.All(list, c =>
            {
                Assert.Equal((inOffice, present), (c.DeputiesInOffice, c.Present));
                Assert.True(c.For + c.Against + c.Abstain <= present);
                Assert.InRange(c.EstimatedBudget!.Value, 1m, 1000m);
            });
            var errors = new List<Township.Congress.Model.ValidationError>();
            var chosen = SessionRules.ChosenProjects(list.Select(c => c.For!.Value).ToList(), 10, inOffice, errors);
            Assert.Empty(errors);
            Assert.Equal(10, chosen.Count);
            Assert.Equal(list.Select((c, i) => chosen.Contains(i)), list.Select(c => c.Chosen));
        }
        Assert.Contains(sessions, s => s.Status == SessionStatus.Planned);
        Assert.True(await db.Set<PresidiumAction>().AnyAsync(a => a.Status == ActionStatus.Open));
        Assert.True(await db.DeputyStatusChanges.AnyAsync());
    }
}
