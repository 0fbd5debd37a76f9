using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Petitions;
using Township.Congress.Security;
using Township.Congress.Suggestions;

namespace Township.Congress.Web.Api;

/// <summary>A petition as the API shows it: the visitor's phone through the disclosure rule, the deadlines and days overdue today.</summary>
public sealed record PetitionDto(Guid Id, Guid TownshipId, string VisitorName, string VisitorPhone, DateOnly ReceivedOn, string Matter,
    Guid? ReceivedByDeputyId, string ReceivedBy, Guid? UnitId, string? UnitName, PetitionState State, DateOnly? DecidedOn, DateOnly DecideBy,
    DateOnly FinishBy, int ExtensionDays, string ExtensionReason, DateOnly FinalDue, DateOnly? FinishedOn, string Result,
    Satisfaction? Satisfaction, int DaysOverdue, long Version);

public sealed class PetitionWrite
{
    public Guid? TownshipId { get; set; }
    public long Version { get; set; }
    public required PetitionInput Petition { get; set; }
}

public static class PetitionEndpoints
{
    public static void MapPetitionApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/petitions").WithTags("petitions").ProducesApiProblems();
        group.MapGet("/", ListPetitions).WithName("ListPetitions")
            .WithSummary("Petitions (信访) by township and year; overdue=true: the open ones past their deadline, most overdue first").ProducesNotFound();
        group.MapPost("/", CreatePetition).WithName("CreatePetition").WithSummary("Record a petition received").ProducesWriteProblems();
        group.MapGet("/{id:guid}", GetPetition).WithName("GetPetition").WithSummary("One petition").ProducesNotFound();
        group.MapPut("/{id:guid}", UpdatePetition).WithName("UpdatePetition")
            .WithSummary("Edit a petition: decision, unit, extension, result").ProducesWriteProblems();
    }

    public static async Task<Ok<Paged<PetitionListItem>>> ListPetitions(Guid? townshipId, int? year, bool? overdue, string? q, int? page, int? pageSize,
        CongressDbContext db, CancellationToken ct)
    {
        if (townshipId is { } t) await db.FindTownshipAsync(t, ct);
        return TypedResults.Ok(await db.SearchPetitionsAsync(new PetitionSearch(townshipId, year, q, overdue ?? false, page ?? 1, pageSize ?? 20), ct));
    }

    public static async Task<Ok<PetitionDto>> GetPetition(Guid id, CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await ToDtoAsync(await db.FindVisibleAsync<Petition>(id, ct), db, ct));

    public static async Task<Created<PetitionDto>> CreatePetition(PetitionWrite body, CongressDbContext db, CancellationToken ct)
    {
        var petition = await new PetitionService(db).CreateAsync(db.Scope.ResolveTownship(body.TownshipId), body.Petition, ct);
        return TypedResults.Created($"/api/v1/petitions/{petition.Id}", await ToDtoAsync(petition, db, ct));
    }

    public static async Task<Ok<PetitionDto>> UpdatePetition(Guid id, PetitionWrite body, CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await ToDtoAsync(await new PetitionService(db).UpdateAsync(id, body.Petition, body.Version, ct), db, ct));

    internal static async Task<PetitionDto> ToDtoAsync(Petition p, CongressDbContext db, CancellationToken ct)
    {
        var unit = p.UnitId is { } u ? await db.HandlingUnits.AsNoTracking().Where(x => x.Id == u).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        return new PetitionDto(p.Id, p.TownshipId, p.VisitorName, db.Scope.Disclose(PersonalField.Phone, p.VisitorPhone), p.ReceivedOn, p.Matter,
            p.ReceivedByDeputyId, p.ReceivedBy, p.UnitId, unit, p.State, p.DecidedOn, p.DecideBy, p.FinishBy, p.ExtensionDays, p.ExtensionReason,
            p.FinalDue, p.FinishedOn, p.Result, p.Satisfaction, PetitionRules.DaysOverdue(p, ChineseDate.TodayInChina(db.Clock)), p.Version);
    }
}
