using Microsoft.AspNetCore.Http.HttpResults;
using Township.Congress.Data;
using Township.Congress.LivelihoodProjects;
using Township.Congress.Model;
using Township.Congress.Rules;
using Township.Congress.Web.Features.LivelihoodProjects;

namespace Township.Congress.Web.Api;

/// <summary>PUT body: the project's editable facts, milestones and vote, and the version the edit was made on.</summary>
public sealed class LivelihoodProjectWrite
{
    public long Version { get; set; }
    public required LivelihoodProjectInput Project { get; set; }
}

public static class LivelihoodProjectEndpoints
{
    public static void MapLivelihoodProjectApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/livelihood-projects").WithTags("livelihood projects").ProducesApiProblems();
        group.MapGet("/", ListLivelihoodProjects).WithName("ListLivelihoodProjects")
            .WithSummary("The chosen livelihood projects with their progress, by township and year").ProducesNotFound();
        group.MapGet("/{id:guid}", GetLivelihoodProject).WithName("GetLivelihoodProject")
            .WithSummary("One livelihood project with its milestones, progress, inspections and year-end vote").ProducesNotFound();
        group.MapPut("/{id:guid}", UpdateLivelihoodProject).WithName("UpdateLivelihoodProject")
            .WithSummary("Edit a project's facts, its milestones (the whole list) and its year-end vote").ProducesWriteProblems();
        var sessions = api.MapGroup("/sessions").WithTags("livelihood projects").ProducesApiProblems();
        sessions.MapPost("/{id:guid}/livelihood-projects", BuildLivelihoodLedger).WithName("BuildLivelihoodLedger")
            .WithSummary("建立项目台账: a project for every candidate the session's vote chose that has none yet").ProducesWriteProblems();
        sessions.MapGet("/{id:guid}/livelihood-progress.pdf", PrintLivelihoodProgress).WithName("PrintLivelihoodProgress")
            .WithSummary("民生实事项目完成情况: the session's chosen projects with milestones, progress and the year-end vote, as a PDF")
            .ProducesPdf().ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>q matches the project's name or its owner unit.</summary>
    public static async Task<Ok<Paged<LivelihoodProjectListItem>>> ListLivelihoodProjects(Guid? townshipId, int? year, string? q, int? page,
        int? pageSize, CongressDbContext db, CancellationToken ct)
    {
        if (townshipId is { } t) await db.FindTownshipAsync(t, ct);
        var rules = await RulesAsync(db, townshipId, ct);
        return TypedResults.Ok(await db.SearchLivelihoodProjectsAsync(new(townshipId, year, q, page ?? 1, pageSize ?? 20), rules, ct));
    }

    public static async Task<Ok<LivelihoodProjectDetails>> GetLivelihoodProject(Guid id, CongressDbContext db, CancellationToken ct)
    {
        var project = await db.FindVisibleAsync<LivelihoodProject>(id, ct);
        return TypedResults.Ok(await db.LivelihoodProjectAsync(id, await RulesAsync(db, project.TownshipId, ct), ct));
    }

    public static async Task<Ok<LivelihoodProjectDetails>> UpdateLivelihoodProject(Guid id, LivelihoodProjectWrite body, CongressDbContext db,
        CancellationToken ct)
    {
        var project = await new LivelihoodProjectService(db).UpdateAsync(id, body.Project, body.Version, ct);
        return TypedResults.Ok(await db.LivelihoodProjectAsync(id, await RulesAsync(db, project.TownshipId, ct), ct));
    }

    public static async Task<Ok<List<Guid>>> BuildLivelihoodLedger(Guid id, CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await new LivelihoodProjectService(db).CreateFromVoteAsync(id, ct)).Select(p => p.Id).ToList());

    public static async Task<FileContentHttpResult> PrintLivelihoodProgress(Guid id, LivelihoodProgressPrints prints, CongressDbContext db,
        CancellationToken ct) => TypedResults.File(await prints.ProgressAsync(db, id, ct), ApiProblems.Pdf, "民生实事项目完成情况.pdf");

    /// <summary>The county's thresholds: the township's when one is named, else the reader's county, else the defaults.</summary>
    internal static async Task<CountyRules> RulesAsync(CongressDbContext db, Guid? townshipId, CancellationToken ct)
    {
        var service = new CountyRulesService(db);
        if ((townshipId ?? db.Scope.HomeTownshipId) is { } t) return await service.ForTownshipAsync(t, ct);
        return db.Scope.CountyId is { } c ? await service.ForCountyAsync(c, ct) : CountyRules.Defaults;
    }
}
