using Microsoft.AspNetCore.Http.HttpResults;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Web.Features.Roster;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Api;

/// <summary>The roster filters of the page, as query parameters: an export carries what the screen shows.</summary>
public sealed record RosterFilter(string? Q, Guid? GroupId, DeputyLevels? Level, DeputyCategory? Category, DeputyStatus? Status,
    Guid? VillageId, DeputySort? Sort, bool? Descending)
{
    public DeputySearch ToSearch(Guid townshipId) => new()
    {
        TownshipId = townshipId, Query = Q, GroupId = GroupId, Level = QueryValues.Known(Level, "level"),
        Category = QueryValues.Known(Category, "category"), Status = QueryValues.Known(Status, "status"), VillageId = VillageId,
        Sort = QueryValues.Known(Sort, "sort") ?? DeputySort.Name, Descending = Descending ?? false,
    };
}

public static class RosterFileEndpoints
{
    public static void MapRosterFileApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/townships/{id:guid}").WithTags("roster files").ProducesApiProblems();
        group.MapGet("/deputies.xlsx", ExportRoster).WithName("ExportRoster").WithSummary("The roster as a spreadsheet, filtered as the roster page is")
            .ProducesXlsx();
        group.MapGet("/deputies/import-template.xlsx", GetRosterImportTemplate).WithName("GetRosterImportTemplate")
            .WithSummary("The empty spreadsheet a roster is imported from").ProducesXlsx();
        group.MapPost("/deputies/import", ImportRoster).WithName("ImportRoster").WithSummary("Import deputies from a spreadsheet; with preview=true, only report what it would change")
            .DisableAntiforgery().ProducesWriteProblems();
        group.MapGet("/roster.pdf", PrintRoster).WithName("PrintRoster").WithSummary("The roster as a printable PDF")
            .ProducesPdf();
    }

    public static async Task<FileContentHttpResult> ExportRoster(Guid id, [AsParameters] RosterFilter filter, CongressDbContext db, CancellationToken ct) =>
        TypedResults.File(await RosterSpreadsheet.ExportAsync(db, filter.ToSearch(id), ct), ApiProblems.Xlsx, "代表名册.xlsx");

    public static async Task<FileContentHttpResult> GetRosterImportTemplate(Guid id, CongressDbContext db, CancellationToken ct)
    {
        await db.FindTownshipAsync(id, ct);
        return TypedResults.File(RosterSpreadsheet.Template(), ApiProblems.Xlsx, "代表名册导入模板.xlsx");
    }

    /// <summary>Imports, or with <paramref name="preview"/> reports per row what importing would create or change, writing nothing.</summary>
    public static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> ImportRoster(Guid id, IFormFile file, bool? preview,
        CongressDbContext db, CancellationToken ct)
    {
        await db.FindTownshipAsync(id, ct);
        if (!db.Scope.CanWrite(id)) return TypedResults.Problem(statusCode: 403, title: UiText.Problem_ReadOnly, detail: UiText.Import_ReadOnlyDetail);
        await using var stream = file.OpenReadStream();
        var result = await new RosterImport(db).ImportAsync(id, stream, preview ?? false, ct);
        return result.Succeeded
            ? TypedResults.Ok(result)
            : TypedResults.Problem(statusCode: 400, title: UiText.Import_FailedTitle,
                detail: string.Format(UiText.Import_FailedDetail, result.Errors.Count), extensions: new Dictionary<string, object?> { ["errors"] = result.Errors });
    }

    public static async Task<FileContentHttpResult> PrintRoster(Guid id, RosterPdf pdf, CongressDbContext db, CancellationToken ct) =>
        TypedResults.File(await pdf.RenderAsync(db, id, ct), ApiProblems.Pdf, "代表名册.pdf");
}
