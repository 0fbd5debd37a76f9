using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Sessions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Testing.Sessions;

/// <summary>
/// A planned session of township one with ten deputies on the roll (SmallCounty's three plus seven),
/// the first <c>present</c> of them, in id order, marked present.
/// </summary>
public static class SessionWithRoll
{
    public static readonly DateOnly SessionDay = new(2025, 3, 8);

    /// <returns>The session, the service writing through <paramref name="db"/>, and the deputy ids in roll order.</returns>
    public static async Task<(CongressSession Session, SessionService Service, List<Guid> Ids)> CreateAsync(CongressDbContext db,
        TestDatabase database, SmallCounty county, int present)
    {
        await using (var setup = database.System())
        {
            var term = await setup.Terms.SingleAsync(t => t.TownshipId == county.One.Id);
            for (var i = 0; i < 7; i++)
                setup.Deputies.Add(new Deputy { TownshipId = county.One.Id, TermId = term.Id, Name = $"代表{i}", StatusSince = new DateOnly(2022, 1, 5) });
            await setup.SaveChangesAsync();
        }
        var service = new SessionService(db);
        var session = await service.CreateAsync(county.One.Id, new SessionInput
        {
            PlannedStart = SessionDay, PlannedEnd = SessionDay.AddDays(1), Venue = "镇政府大会议室",
        });
        await service.PrepareRollAsync(session.Id);
        var ids = await db.Deputies.Where(d => d.TownshipId == county.One.Id).OrderBy(d => d.Id).Select(d => d.Id).ToListAsync();
        foreach (var id in ids.Take(present)) await service.MarkAsync(session.Id, id, AttendanceStatus.Present);
        return (session, service, ids);
    }
}
