using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.VoterContact;

namespace Township.Congress.Web.Tests.Http;

/// <summary>The voter-contact probes: another township's reception days, notice, contacts and targets are unknown.</summary>
public partial class CrossTownshipSweepTests
{
    private sealed partial record Target
    {
        public Guid Reception { get; init; }
        public Guid Station { get; init; }
    }

    // A property, not a field: the order of static initialisers across partial files is not defined.
    private static Probe[] VoterContactProbes =>
    [
        new("GET", "api/v1/receptions/", t => $"/api/v1/receptions?townshipId={t.Township}&year=2026"),
        new("POST", "api/v1/receptions/", t => "/api/v1/receptions", BodyFor: t => JsonContent.Create(new
        {
            townshipId = t.Township, version = 0,
            reception = new { stationId = t.Station, date = "2026-03-10", dutyDeputyIds = new[] { t.Deputy } },
        })),
        new("GET", "api/v1/receptions/{id:guid}", t => $"/api/v1/receptions/{t.Reception}"),
        new("PUT", "api/v1/receptions/{id:guid}", t => $"/api/v1/receptions/{t.Reception}", BodyFor: t => JsonContent.Create(new
        {
            version = 0, reception = new { stationId = t.Station, date = "2026-03-10", dutyDeputyIds = new[] { t.Deputy } },
        })),
        new("GET", "api/v1/receptions/{id:guid}/notice.pdf", t => $"/api/v1/receptions/{t.Reception}/notice.pdf"),
        new("GET", "api/v1/voter-contacts/", t => $"/api/v1/voter-contacts?townshipId={t.Township}&deputyId={t.Deputy}"),
        new("POST", "api/v1/voter-contacts/", t => "/api/v1/voter-contacts", BodyFor: t => JsonContent.Create(new
        {
            townshipId = t.Township, contact = new { deputyId = t.Deputy, date = "2026-03-10", constituents = 5, raised = "越权" },
        })),
        new("GET", "api/v1/voter-contacts/targets", t => $"/api/v1/voter-contacts/targets?townshipId={t.Township}&year=2026"),
    ];

    /// <summary>The township's first reception day, made when the data has none.</summary>
    private static async Task<Target> WithVoterContactAsync(CongressDbContext db, Target t)
    {
        var station = await db.LiaisonStations.Where(s => s.TownshipId == t.Township).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var day = await db.ReceptionDays.Where(d => d.TownshipId == t.Township).OrderBy(d => d.Id).FirstOrDefaultAsync();
        if (day is null)
        {
            day = new ReceptionDay { TownshipId = t.Township, StationId = station, Date = new DateOnly(2026, 3, 10), Place = "代表之家" };
            day.Duties.Add(new ReceptionDuty { TownshipId = t.Township, ReceptionDayId = day.Id, DeputyId = t.Deputy });
            db.Add(day);
            await db.SaveChangesAsync();
        }
        return t with { Reception = day.Id, Station = station };
    }

    private static async Task<int> VoterContactCountAsync(CongressDbContext db, Guid township) =>
        await db.ReceptionDays.Where(d => d.TownshipId == township).SumAsync(d => (int)d.Version + 1)
        + await db.Set<ReceptionVisit>().CountAsync(v => v.TownshipId == township) + await db.ConstituentContacts.CountAsync(c => c.TownshipId == township);
}
