using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.DeputyRecords;

namespace Township.Congress.Web.Tests.Http;

/// <summary>The probes of the deputy records: the record, the township list, declared items, interviews, freezing, the points scheme.</summary>
public abstract partial class InputSweepTests<TFactory>
{
    private sealed partial record Target
    {
        public Guid DeclaredItem { get; init; }
    }

    // A property, not a field: the order of static initialisers across partial files is not defined.
    private static Route[] DeputyRecordRoutes =>
    [
        new("GET api/v1/deputies/{deputyId:guid}/record", t => $"/api/v1/deputies/{t.Deputy}/record"),
        new("GET api/v1/deputies/{deputyId:guid}/declared-items", t => $"/api/v1/deputies/{t.Deputy}/declared-items"),
        // Dated tomorrow: the well-formed body is refused too, so the sweep leaves no item behind.
        new("POST api/v1/deputies/{deputyId:guid}/declared-items", t => $"/api/v1/deputies/{t.Deputy}/declared-items", Body.Json, _ => new()
        {
            ["date"] = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd"), ["kind"] = "Finding", ["text"] = "扫描申报",
        }, ["text"], ["kind"]),
        new("GET api/v1/deputies/{deputyId:guid}/interviews", t => $"/api/v1/deputies/{t.Deputy}/interviews"),
        new("POST api/v1/deputies/{deputyId:guid}/interviews", t => $"/api/v1/deputies/{t.Deputy}/interviews", Body.Json, _ => new()
        {
            ["heldOn"] = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd"), ["heldBy"] = "扫描", ["notes"] = "扫描约谈",
        }, ["heldBy"]),
        // A wrong version: a well-formed decision would change the item.
        new("PUT api/v1/declared-items/{id:guid}/decision", t => $"/api/v1/declared-items/{t.DeclaredItem}/decision", Body.Json, _ => new()
        {
            ["approve"] = false, ["note"] = "扫描", ["version"] = 999,
        }),
        new("GET api/v1/townships/{townshipId:guid}/deputy-records/", t => $"/api/v1/townships/{t.Township}/deputy-records"),
        // This year has not ended: a well-formed request is refused, so the sweep freezes nothing.
        new("POST api/v1/townships/{townshipId:guid}/deputy-records/{year:int}/freeze",
            t => $"/api/v1/townships/{t.Township}/deputy-records/{DateTime.UtcNow.Year + 1}/freeze"),
        new("GET api/v1/counties/{countyId:guid}/points-scheme/", t => $"/api/v1/counties/{t.County}/points-scheme"),
        // The default value with version 0: a well-formed request changes nothing.
        new("PUT api/v1/counties/{countyId:guid}/points-scheme/", t => $"/api/v1/counties/{t.County}/points-scheme", Body.Json, _ => new()
        {
            ["values"] = new JsonArray(new JsonObject { ["key"] = PointsScheme.Base.Key, ["value"] = PointsScheme.Base.Default, ["version"] = 0 }),
        }, ["values"]),
    ];

    /// <summary>A declared item of township 1 to aim at, made when there is none.</summary>
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

    private static async Task<string> DeputyRecordSnapshotAsync(CongressDbContext db) => string.Join(",",
        await db.DeclaredItems.CountAsync(), await db.DeclaredItems.SumAsync(x => x.Version), await db.Set<DeputyInterview>().CountAsync(),
        await db.Set<FrozenRecordYear>().CountAsync(), await db.CountySettings.CountAsync());
}
