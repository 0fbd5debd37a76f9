using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Suggestions;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Api;

/// <summary>What a township's suggestions add up to (figures, ledger, import), and the lists an item is filled from.</summary>
public static class SuggestionTownshipEndpoints
{
    public static void MapSuggestionTownshipApi(this IEndpointRouteBuilder api)
    {
        var township = api.MapGroup("/townships/{id:guid}").WithTags("suggestions").ProducesApiProblems();
        township.MapGet("/suggestion-figures", GetSuggestionFigures).WithName("GetSuggestionFigures")
            .WithSummary("A township's suggestion figures for a year").ProducesNotFound();
        township.MapGet("/suggestion-ledger.xlsx", ExportSuggestionLedger).WithName("ExportSuggestionLedger")
            .WithSummary("The handling ledger as a spreadsheet").ProducesXlsx();
        township.MapGet("/suggestion-import-template.xlsx", GetSuggestionImportTemplate).WithName("GetSuggestionImportTemplate")
            .WithSummary("The empty spreadsheet suggestions are imported from").ProducesXlsx();
        township.MapPost("/suggestion-import", ImportSuggestions).WithName("ImportSuggestions")
            .WithSummary("Import suggestions from a spreadsheet").DisableAntiforgery().ProducesWriteProblems();

        var lists = api.MapGroup("").WithTags("suggestions").ProducesApiProblems();
        lists.MapGet("/handling-units", ListHandlingUnits).WithName("ListHandlingUnits")
            .WithSummary("Handling units, or those a township may assign to").ProducesNotFound();
        lists.MapGet("/suggestion-ledger.xlsx", ExportAllSuggestionLedger).WithName("ExportAllSuggestionLedger")
            .WithSummary("The handling ledger of every township the user sees, one sheet with a township column").ProducesXlsx();
        lists.MapGet("/suggestion-categories", ListSuggestionCategories).WithName("ListSuggestionCategories")
            .WithSummary("Active suggestion categories");
    }

    public static async Task<Ok<SuggestionFigureReport>> GetSuggestionFigures(Guid id, int? year, CongressDbContext db, CancellationToken ct)
    {
        await db.FindTownshipAsync(id, ct);
        return TypedResults.Ok(await db.FiguresAsync(id, year, ct));
    }

    public static async Task<FileContentHttpResult> ExportSuggestionLedger(Guid id, int? year, CongressDbContext db, CancellationToken ct) =>
        TypedResults.File(await SuggestionLedger.ExportAsync(db, id, year, ct), ApiProblems.Xlsx,
            $"建议办理台账{(year is { } y ? $"（{y}年）" : "")}.xlsx");

    /// <summary>The county's ledger: all its townships in one 台账 sheet (乡镇 first); any other login gets what it sees.</summary>
    public static async Task<FileContentHttpResult> ExportAllSuggestionLedger(int? year, CongressDbContext db, CancellationToken ct) =>
        TypedResults.File(await SuggestionLedger.ExportAsync(db, null, year, ct), ApiProblems.Xlsx,
            $"建议办理台账（全部乡镇）{(year is { } y ? $"（{y}年）" : "")}.xlsx");

    public static async Task<FileContentHttpResult> GetSuggestionImportTemplate(Guid id, CongressDbContext db, CancellationToken ct)
    {
        await db.FindTownshipAsync(id, ct);
        return TypedResults.File(SuggestionImport.Template(), ApiProblems.Xlsx, "建议收集表导入模板.xlsx");
    }

    public static async Task<Results<Ok<SuggestionImportCount>, ProblemHttpResult>> ImportSuggestions(Guid id, IFormFile file,
        CongressDbContext db, WorkCalendar calendar, CancellationToken ct)
    {
        await db.FindTownshipAsync(id, ct);
        if (!db.Scope.CanWrite(id)) return TypedResults.Problem(statusCode: 403, title: UiText.Problem_ReadOnly, detail: UiText.Import_ReadOnlyDetail);
        await using var stream = file.OpenReadStream();
        var result = await new SuggestionImport(db, calendar).ImportAsync(id, stream, ct);
        return result.Succeeded
            ? TypedResults.Ok(new SuggestionImportCount(result.Created, result.Numbers))
            : TypedResults.Problem(statusCode: 400, title: UiText.Import_FailedTitle,
                detail: string.Format(UiText.Import_FailedDetail, result.Errors.Count), extensions: new Dictionary<string, object?> { ["errors"] = result.Errors });
    }

    public static async Task<Ok<List<HandlingUnitDto>>> ListHandlingUnits(Guid? townshipId, CongressDbContext db, CancellationToken ct)
    {
        List<HandlingUnit> units;
        if (townshipId is { } t)
        {
            // The units this township may assign to: the county's active ones and its own.
            var found = await db.FindTownshipAsync(t, ct);
            units = await db.UnitsForTownshipAsync(found.CountyId, found.Id, ct);
        }
        else
        {
            units = await db.HandlingUnits.AsNoTracking().InListOrder().ToListAsync(ct);
        }
        var scope = db.Scope;
        return TypedResults.Ok(units.Select(u => new HandlingUnitDto(u.Id, u.CountyId, u.TownshipId, u.Name, u.Kind, SuggestionLabels.Of(u.Kind),
            u.ContactPerson, scope.DisclosePhone(u.ContactPhone), u.IsActive, u.SortOrder, u.Version)).ToList());
    }

    public static async Task<Ok<List<CategoryDto>>> ListSuggestionCategories(CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.SuggestionCategories.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new CategoryDto(c.Id, c.Name, c.SortOrder)).ToListAsync(ct));
}

/// <summary>A successful import: how many items were created and their numbers.</summary>
public sealed record SuggestionImportCount(int Count, IReadOnlyList<string> Numbers);
