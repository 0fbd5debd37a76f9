using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Web.Features.Roster;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Api;

public static class RosterFileEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapRosterFileApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/townships/{id:guid}").WithTags("roster files");
        group.MapGet("/deputies.xlsx", async (Guid id, CongressDbContext db, CancellationToken ct) =>
            Results.File(await RosterSpreadsheet.ExportAsync(db, id, ct), Xlsx, "代表名册.xlsx"));
        group.MapGet("/deputies/import-template.xlsx", async (Guid id, CongressDbContext db, CancellationToken ct) =>
        {
            await db.FindTownshipAsync(id, ct);
            return Results.File(RosterSpreadsheet.Template(), Xlsx, "代表名册导入模板.xlsx");
        });
        group.MapPost("/deputies/import", async (Guid id, IFormFile file, CongressDbContext db, CancellationToken ct) =>
        {
            await db.FindTownshipAsync(id, ct);
            if (!db.Scope.CanWrite(id)) return Results.Problem(statusCode: 403, title: UiText.Problem_ReadOnly, detail: UiText.Import_ReadOnlyDetail);
            await using var stream = file.OpenReadStream();
            var result = await new RosterImport(db).ImportAsync(id, stream, ct);
            return result.Succeeded
                ? Results.Ok(result)
                : Results.Problem(statusCode: 400, title: UiText.Import_FailedTitle,
                    detail: string.Format(UiText.Import_FailedDetail, result.Errors.Count), extensions: new Dictionary<string, object?> { ["errors"] = result.Errors });
        }).DisableAntiforgery();
        group.MapGet("/roster.pdf", async (Guid id, RosterPdf pdf, CongressDbContext db, CancellationToken ct) =>
            Results.File(await pdf.RenderAsync(db, id, ct), "application/pdf", "代表名册.pdf"));
    }
}
