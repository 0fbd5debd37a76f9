using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Model;
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

/// <summary>One change of a deputy's status, oldest first in the history.</summary>
public sealed record DeputyStatusChangeDto(DeputyStatus From, DeputyStatus To, DateOnly EffectiveOn, string Reason,
    string RecordedBy, DateTime RecordedAtUtc);

public static class DeputyEndpoints
{
    public static void MapDeputyApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/deputies").WithTags("deputies").ProducesApiProblems();
        group.MapGet("/", ListDeputies).WithName("ListDeputies").WithSummary("Search deputies, one page at a time")
            .ProducesNotFound();
        group.MapGet("/{id:guid}", GetDeputy).WithName("GetDeputy").WithSummary("One deputy").ProducesNotFound();
        group.MapPost("/", CreateDeputy).WithName("CreateDeputy").WithSummary("Add a deputy to a township")
            .ProducesWriteProblems();
        group.MapPut("/{id:guid}", UpdateDeputy).WithName("UpdateDeputy").WithSummary("Edit a deputy")
            .ProducesWriteProblems();
        group.MapPost("/{id:guid}/status", ChangeDeputyStatus).WithName("ChangeDeputyStatus")
            .WithSummary("Change a deputy's status (resigned, recalled...)").ProducesWriteProblems();
        group.MapGet("/{id:guid}/status-history", GetDeputyStatusHistory).WithName("GetDeputyStatusHistory")
            .WithSummary("A deputy's status changes, oldest first").ProducesNotFound();
    }

    /// <summary>q matches the name, its pinyin initials or full pinyin, or (for those who see phones) the phone; sort=Strokes is 姓氏笔画.</summary>
    public static async Task<Ok<Paged<DeputyListItem>>> ListDeputies(Guid? townshipId, string? q, int? page, int? pageSize,
        DeputySort? sort, bool? descending, CongressDbContext db, CancellationToken ct)
    {
        if (townshipId is { } t) await db.FindTownshipAsync(t, ct);
        return TypedResults.Ok(await db.SearchAsync(new DeputySearch
        {
            TownshipId = townshipId, Query = q, Page = page ?? 1, PageSize = pageSize ?? 20, Sort = QueryValues.Known(sort, "sort") ?? DeputySort.Name,
            Descending = descending ?? false,
        }, ct));
    }

    public static async Task<Ok<DeputyDto>> GetDeputy(Guid id, CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await db.FindVisibleAsync<Deputy>(id, ct), db));

    public static async Task<Created<DeputyDto>> CreateDeputy(DeputyWrite body, CongressDbContext db, CancellationToken ct)
    {
        var townshipId = db.Scope.ResolveTownship(body.TownshipId);
        var deputy = await new DeputyService(db).CreateAsync(townshipId, body.Deputy, ct);
        return TypedResults.Created($"/api/v1/deputies/{deputy.Id}", ToDto(deputy, db));
    }

    public static async Task<Ok<DeputyDto>> UpdateDeputy(Guid id, DeputyWrite body, CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await new DeputyService(db).UpdateAsync(id, body.Deputy, body.Version, ct), db));

    public static async Task<Ok<DeputyDto>> ChangeDeputyStatus(Guid id, StatusChangeRequest body, CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await new DeputyService(db).ChangeStatusAsync(id, body.Status, body.EffectiveOn, body.Reason, body.Version, ct), db));

    public static async Task<Ok<List<DeputyStatusChangeDto>>> GetDeputyStatusHistory(Guid id, CongressDbContext db, CancellationToken ct)
    {
        await db.FindVisibleAsync<Deputy>(id, ct);
        return TypedResults.Ok(await db.DeputyStatusChanges.AsNoTracking().Where(s => s.DeputyId == id).OrderBy(s => s.EffectiveOn)
            .Select(s => new DeputyStatusChangeDto(s.From, s.To, s.EffectiveOn, s.Reason, s.RecordedBy, s.RecordedAtUtc)).ToListAsync(ct));
    }

    private static DeputyDto ToDto(Deputy d, CongressDbContext db) => new(d.Id, d.TownshipId, d.TermId, d.Name, d.Gender,
        d.Ethnicity, d.BirthDate, d.IdCardNumber is null ? null : db.Scope.DiscloseIdNumber(d.IdCardNumber), d.Affiliation, d.Education, d.Occupation,
        d.Category, d.Levels, d.VillageId, d.WorkUnit, d.Constituency,
        d.Phone is null ? null : db.Scope.DisclosePhone(d.Phone), d.GroupId, d.Status, d.StatusSince, d.Version);
}
