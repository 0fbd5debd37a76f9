using Microsoft.AspNetCore.Http.HttpResults;
using Township.Congress.Data;
using Township.Congress.Web.Features.DeputyRecords;

namespace Township.Congress.Web.Api;

/// <summary>The deputy records' PDFs: one deputy's 履职档案, and the township's batch of them or its 亮分表.</summary>
public static class DeputyRecordPrintEndpoints
{
    public static void MapDeputyRecordPrintApi(this IEndpointRouteBuilder api)
    {
        var deputies = api.MapGroup("/deputies").WithTags("deputy records").ProducesApiProblems();
        deputies.MapGet("/{deputyId:guid}/record.pdf", PrintDeputyRecord)
            .WithName("PrintDeputyRecord").WithSummary("A deputy's 履职档案 of a year (or of the term without ?year) as a PDF").ProducesPdf();
        var townships = api.MapGroup("/townships").WithTags("deputy records").ProducesApiProblems();
        townships.MapGet("/{townshipId:guid}/deputy-records.pdf", PrintDeputyRecords)
            .WithName("PrintDeputyRecords")
            .WithSummary("The township's year (?quarter: to its end) as a PDF: every deputy's 履职档案 on new pages (kind=Record) or the 亮分表 (kind=Points)")
            .ProducesPdf().ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<FileContentHttpResult> PrintDeputyRecord(Guid deputyId, int? year, DeputyRecordPrints prints, CongressDbContext db,
        CancellationToken ct) => TypedResults.File(await prints.RecordAsync(db, deputyId, year, ct), ApiProblems.Pdf, "履职档案.pdf");

    public static async Task<FileContentHttpResult> PrintDeputyRecords(Guid townshipId, int? year, int? quarter, DeputyRecordPrintKind? kind,
        DeputyRecordPrints prints, CongressDbContext db, CancellationToken ct)
    {
        var k = QueryValues.Known(kind, "kind") ?? DeputyRecordPrintKind.Record;
        var pdf = await prints.TownshipAsync(db, townshipId, year, quarter, k, ct);
        return TypedResults.File(pdf, ApiProblems.Pdf, k == DeputyRecordPrintKind.Points ? "亮分表.pdf" : "代表履职档案.pdf");
    }
}
