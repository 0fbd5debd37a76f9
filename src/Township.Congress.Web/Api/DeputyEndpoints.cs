using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Security;

namespace Township.Congress.Web.Api;

/// <summary>A deputy as the API shows it; the phone is masked unless the user may see it.</summary>
public sealed record DeputyDto(Guid Id, Guid TownshipId, Guid TermId, string Name, Gender Gender, string Ethnicity,
    DateOnly? BirthDate, string? IdCardNumber, string Affiliation, string Education, string Occupation,
    DeputyCategory Category, DeputyLevels Levels, Guid? VillageId, string? WorkUnit, string Constituency, string? Phone,
    Guid? GroupId, DeputyStatus Status, DateOnly StatusSince, long Version);

/// <summary>POST/PUT body: the editable fields, the version the edit was made on, and (POST) the township.</summary>
public sealed class DeputyWrite
{
    public Guid? TownshipId { get; set; }
    public long Version { get; set; }
    public required DeputyInput Deputy { get; set; }
}

public sealed record StatusChangeRequest(DeputyStatus Status, DateOnly EffectiveOn, string Reason, long Version);

public static class DeputyEndpoints
{
    public static void MapDeputyApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/deputies").WithTags("deputies");
        group.MapGet("/", async (Guid? townshipId, string? q, int? page, int? pageSize, CongressDbContext db, CancellationToken ct) =>
        {
            if (townshipId is { } t) await db.FindTownshipAsync(t, ct);
            return await db.SearchAsync(new DeputySearch { TownshipId = townshipId, Query = q, Page = page ?? 1, PageSize = pageSize ?? 20 }, ct);
        });
        group.MapGet("/{id:guid}", async (Guid id, CongressDbContext db, CancellationToken ct) =>
            ToDto(await db.FindVisibleAsync<Deputy>(id, ct), db));
        group.MapPost("/", async (DeputyWrite body, CongressDbContext db, CancellationToken ct) =>
        {
            var townshipId = db.Scope.ResolveTownship(body.TownshipId);
            var deputy = await new DeputyService(db).CreateAsync(townshipId, body.Deputy, ct);
            return Results.Created($"/api/v1/deputies/{deputy.Id}", ToDto(deputy, db));
        });
        group.MapPut("/{id:guid}", async (Guid id, DeputyWrite body, CongressDbContext db, CancellationToken ct) =>
            ToDto(await new DeputyService(db).UpdateAsync(id, body.Deputy, body.Version, ct), db));
        group.MapPost("/{id:guid}/status", async (Guid id, StatusChangeRequest body, CongressDbContext db, CancellationToken ct) =>
            ToDto(await new DeputyService(db).ChangeStatusAsync(id, body.Status, body.EffectiveOn, body.Reason, body.Version, ct), db));
        group.MapGet("/{id:guid}/status-history", async (Guid id, CongressDbContext db, CancellationToken ct) =>
        {
            await db.FindVisibleAsync<Deputy>(id, ct);
            return await db.DeputyStatusChanges.AsNoTracking().Where(s => s.DeputyId == id).OrderBy(s => s.EffectiveOn)
                .Select(s => new { s.From, s.To, s.EffectiveOn, s.Reason, s.RecordedBy, s.RecordedAtUtc }).ToListAsync(ct);
        });
    }

    private static DeputyDto ToDto(Deputy d, CongressDbContext db) => new(d.Id, d.TownshipId, d.TermId, d.Name, d.Gender,
        d.Ethnicity, d.BirthDate, d.IdCardNumber is null ? null : db.Scope.DiscloseIdNumber(d.IdCardNumber), d.Affiliation, d.Education, d.Occupation,
        d.Category, d.Levels, d.VillageId, d.WorkUnit, d.Constituency,
        d.Phone is null ? null : db.Scope.DisclosePhone(d.Phone), d.GroupId, d.Status, d.StatusSince, d.Version);
}
