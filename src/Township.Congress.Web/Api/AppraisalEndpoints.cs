using Microsoft.AspNetCore.Http.HttpResults;
using Township.Congress.Appraisals;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Security;
using Township.Congress.Web.Features.Appraisals;

namespace Township.Congress.Web.Api;

/// <summary>POST body: the township (for a county user; a secretary's own by default), the fields, and the subjects with their counts.</summary>
public sealed class AppraisalCreate
{
    public Guid? TownshipId { get; set; }
    public required AppraisalInput Appraisal { get; set; }
    public List<SubjectChange>? Subjects { get; set; }
}

/// <summary>
/// PUT body: the version the edit was made on, the fields, the subjects (those without an id are added, those
/// left out removed, the counts of all set) and a step forward in the state (Published needs publishedOn).
/// </summary>
public sealed class AppraisalWrite
{
    public long Version { get; set; }
    public required AppraisalInput Appraisal { get; set; }
    public List<SubjectChange>? Subjects { get; set; }
    public AppraisalState? State { get; set; }
    public DateOnly? PublishedOn { get; set; }
}

public static class AppraisalEndpoints
{
    public static void MapAppraisalApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/appraisals").WithTags("appraisals").ProducesApiProblems();
        group.MapGet("/", ListAppraisals).WithName("ListAppraisals").WithSummary("Work appraisals (工作评议), by township and year")
            .ProducesNotFound();
        group.MapPost("/", CreateAppraisal).WithName("CreateAppraisal").WithSummary("Plan an appraisal, with its subjects and counts")
            .ProducesWriteProblems();
        group.MapGet("/{id:guid}", GetAppraisal).WithName("GetAppraisal")
            .WithSummary("One appraisal: subjects, counts, results, ranking, reports, visits, rectification orders").ProducesNotFound();
        group.MapPut("/{id:guid}", UpdateAppraisal).WithName("UpdateAppraisal")
            .WithSummary("Edit an appraisal: fields, subjects and counts, a step in its state").ProducesWriteProblems();
        group.MapGet("/{id:guid}/result.pdf", PrintAppraisalResult).WithName("PrintAppraisalResult")
            .WithSummary("The published result (评议结果通报) as a PDF").ProducesPdf().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}/ballot.pdf", PrintAppraisalBallot).WithName("PrintAppraisalBallot")
            .WithSummary("The 满意度测评表 ballot as a PDF").ProducesPdf().ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>q matches the title or a subject's name; newest first.</summary>
    public static async Task<Ok<Paged<AppraisalListItem>>> ListAppraisals(Guid? townshipId, int? year, string? q, int? page, int? pageSize,
        CongressDbContext db, CancellationToken ct)
    {
        if (townshipId is { } t) await db.FindTownshipAsync(t, ct);
        return TypedResults.Ok(await db.SearchAppraisalsAsync(new AppraisalSearch(townshipId, year, q, page ?? 1,
            Math.Min(pageSize ?? 20, AppraisalQueries.MaxPageSize)), ct));
    }

    public static async Task<Created<AppraisalDetails>> CreateAppraisal(AppraisalCreate body, CongressDbContext db, CancellationToken ct)
    {
        var townshipId = db.Scope.ResolveTownship(body.TownshipId);
        var appraisal = await new AppraisalService(db).CreateAsync(townshipId, body.Appraisal, body.Subjects, ct);
        return TypedResults.Created($"/api/v1/appraisals/{appraisal.Id}", await db.AppraisalDetailsAsync(appraisal.Id, ct));
    }

    public static async Task<Ok<AppraisalDetails>> GetAppraisal(Guid id, CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.AppraisalDetailsAsync(id, ct));

    public static async Task<Ok<AppraisalDetails>> UpdateAppraisal(Guid id, AppraisalWrite body, CongressDbContext db, CancellationToken ct)
    {
        await new AppraisalService(db).SaveAsync(id, new AppraisalChange
        {
            Appraisal = body.Appraisal, Subjects = body.Subjects, State = body.State, PublishedOn = body.PublishedOn,
        }, body.Version, ct);
        return TypedResults.Ok(await db.AppraisalDetailsAsync(id, ct));
    }

    public static async Task<FileContentHttpResult> PrintAppraisalResult(Guid id, AppraisalPrints prints, CongressDbContext db,
        CancellationToken ct) => TypedResults.File(await prints.ResultAsync(db, id, ct), ApiProblems.Pdf, "评议结果通报.pdf");

    public static async Task<FileContentHttpResult> PrintAppraisalBallot(Guid id, AppraisalPrints prints, CongressDbContext db,
        CancellationToken ct) => TypedResults.File(await prints.BallotAsync(db, id, ct), ApiProblems.Pdf, "满意度测评表.pdf");
}
