using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.VoterContact;

namespace Township.Congress.Web.Tests.Http;

/// <summary>The probes of the voter-contact routes: reception days, their notice, deputies' own contacts and the targets.</summary>
public abstract partial class InputSweepTests<TFactory>
{
    private sealed partial record Target
    {
        public Guid Reception { get; init; }
        public long ReceptionVersion { get; init; }
        public Guid Station { get; init; }
    }

    // A property, not a field: the order of static initialisers across partial files is not defined.
    private static Route[] VoterContactRoutes =>
    [
        new("GET api/v1/receptions/", _ => "/api/v1/receptions"),
        new("POST api/v1/receptions/", _ => "/api/v1/receptions", Body.Json, t => ReceptionBody(t, 0), ["reception"],
            ["reception.visits[0].disposition"]),
        new("GET api/v1/receptions/{id:guid}", t => $"/api/v1/receptions/{t.Reception}"),
        new("PUT api/v1/receptions/{id:guid}", t => $"/api/v1/receptions/{t.Reception}", Body.Json, t => ReceptionBody(t, t.ReceptionVersion),
            ["reception"], ["reception.visits[0].disposition"]),
        new("GET api/v1/receptions/{id:guid}/notice.pdf", t => $"/api/v1/receptions/{t.Reception}/notice.pdf"),
        new("GET api/v1/voter-contacts/", _ => "/api/v1/voter-contacts"),
        new("POST api/v1/voter-contacts/", _ => "/api/v1/voter-contacts", Body.Json, t => new()
        {
            ["contact"] = new JsonObject
            {
                ["deputyId"] = t.Deputy.ToString(), ["date"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"), ["constituents"] = 5,
                ["way"] = "走访", ["raised"] = "扫描反映的问题",
            },
        }, ["contact"]),
        new("GET api/v1/voter-contacts/targets", _ => "/api/v1/voter-contacts/targets"),
    ];

    private static JsonObject ReceptionBody(Target t, long version) => new()
    {
        ["version"] = version,
        ["reception"] = new JsonObject
        {
            ["stationId"] = t.Station.ToString(), ["date"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"), ["place"] = "扫描地点",
            ["noticePostedOn"] = DateTime.UtcNow.AddDays(-5).ToString("yyyy-MM-dd"), ["note"] = "扫描", ["dutyDeputyIds"] = new JsonArray(t.Deputy.ToString()),
            ["visits"] = new JsonArray(new JsonObject
            {
                ["visitorName"] = "扫描", ["contactPhone"] = "13800000000", ["matter"] = "扫描事项", ["disposition"] = "AnsweredOnSpot", ["reply"] = "扫描",
            }),
        },
    };

    /// <summary>Township 1's first reception day, made for the sweep when the data has none.</summary>
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
        return t with { Reception = day.Id, ReceptionVersion = day.Version, Station = station };
    }

    private static async Task<string> VoterContactSnapshotAsync(CongressDbContext db) => string.Join(",",
        await db.ReceptionDays.CountAsync(), await db.ReceptionDays.SumAsync(d => d.Version), await db.Set<ReceptionVisit>().CountAsync(),
        await db.Set<ReceptionDuty>().CountAsync(), await db.ConstituentContacts.CountAsync());
}
