using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.DeputyRecords;

namespace Township.Congress.Web.Tests.Http;

/// <summary>The deputy-record probes: another township's records, declared items, interviews and freezing are unknown.</summary>
public partial class CrossTownshipSweepTests
{
    private sealed partial record Target
    {
        public Guid DeclaredItem { get; init; }
    }

    // A property, not a field: the order of static initialisers across partial files is not defined.
    private static Probe[] DeputyRecordProbes =>
    [
        new("GET", "api/v1/deputies/{deputyId:guid}/record", t => $"/api/v1/deputies/{t.Deputy}/record?year=2025"),
        new("GET", "api/v1/deputies/{deputyId:guid}/declared-items", t => $"/api/v1/deputies/{t.Deputy}/declared-items"),
        new("POST", "api/v1/deputies/{deputyId:guid}/declared-items", t => $"/api/v1/deputies/{t.Deputy}/declared-items",
            () => JsonContent.Create(new { date = "2026-03-10", kind = "Finding", text = "越权申报" })),
        new("GET", "api/v1/deputies/{deputyId:guid}/interviews", t => $"/api/v1/deputies/{t.Deputy}/interviews"),
        new("POST", "api/v1/deputies/{deputyId:guid}/interviews", t => $"/api/v1/deputies/{t.Deputy}/interviews",
            () => JsonContent.Create(new { heldOn = "2026-03-10", heldBy = "越权", notes = "越权约谈" })),
        new("PUT", "api/v1/declared-items/{id:guid}/decision", t => $"/api/v1/declared-items/{t.DeclaredItem}/decision",
            () => JsonContent.Create(new { approve = true, note = "", version = 0 })),
        new("GET", "api/v1/townships/{townshipId:guid}/deputy-records/", t => $"/api/v1/townships/{t.Township}/deputy-records?year=2025&quarter=2"),
        new("POST", "api/v1/townships/{townshipId:guid}/deputy-records/{year:int}/freeze", t => $"/api/v1/townships/{t.Township}/deputy-records/2025/freeze"),
    ];

    /// <summary>A declared item of the township's deputy to aim at, made when there is none.</summary>
    private static async Task<Target> WithDeclaredItemAsync(CongressDbContext db, Target t)
    {
        var item = await db.DeclaredItems.Where(x => x.TownshipId == t.Township).OrderBy(x => x.Id).FirstOrDefaultAsync();
        if (item is null)
        {
            item = new DeclaredItem { TownshipId = t.Township, DeputyId = t.Deputy, Date = new DateOnly(2026, 3, 1), Kind = DeclaredItemKind.Finding, Text = "发现路灯损坏" };
            db.Add(item);
            await db.SaveChangesAsync();
        }
        return t with { DeclaredItem = item.Id };
    }

    private static async Task<string> DeputyRecordSnapshotAsync(CongressDbContext db, Guid township) => string.Join(",",
        await db.DeclaredItems.Where(x => x.TownshipId == township).SumAsync(x => (int)x.Version + 1),
        await db.Set<DeputyInterview>().CountAsync(x => x.TownshipId == township),
        await db.Set<FrozenRecordYear>().CountAsync(x => x.TownshipId == township));
}
