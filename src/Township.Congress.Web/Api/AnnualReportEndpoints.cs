using Microsoft.AspNetCore.Http.HttpResults;
using Township.Congress.AnnualReports;
using Township.Congress.Data;
using Township.Congress.Reports.Documents.AnnualReports;
using Township.Congress.Reports.Fonts;
using Township.Congress.Web.Features.AnnualReports;

namespace Township.Congress.Web.Api;

/// <summary>POST body: the year to draft the report for.</summary>
public sealed class AnnualReportCreate
{
    public required int Year { get; set; }
}

/// <summary>PUT body: the version the edit was made on, the changed paragraphs and (null: unchanged) the header.</summary>
public sealed class AnnualReportWrite
{
    // Required: a missing version would read as 0, a fresh draft's own, and so pass the stale-edit check unread.
    public required long Version { get; set; }
    public string? Occasion { get; set; }
    public string? Reporter { get; set; }
    public List<ParagraphEdit> Paragraphs { get; set; } = [];
}

/// <summary>Finalise body: the version the secretary read before finalising.</summary>
public sealed class AnnualReportFinalise
{
    // Required for the same reason: finalising is final, so it must be made on the version the secretary read.
    public required long Version { get; set; }
}

/// <summary>
/// 主席团年度工作报告: the township's versions by year, a version's paragraphs with their figures (live in a draft, frozen in a
/// final version), edits, finalising and starting a new version. County viewers read; only the township writes.
/// </summary>
public static class AnnualReportEndpoints
{
    public static void MapAnnualReportApi(this IEndpointRouteBuilder api)
    {
        var township = api.MapGroup("/townships/{id:guid}/annual-reports").WithTags("annual reports").ProducesApiProblems();
        township.MapGet("/", ListAnnualReports).WithName("ListAnnualReports")
            .WithSummary("A township's annual work report versions (第N稿), newest first; one year when given").ProducesNotFound();
        township.MapPost("/", CreateAnnualReport).WithName("CreateAnnualReport")
            .WithSummary("Generate the first draft of a year's report from the year's figures").ProducesWriteProblems();

        var group = api.MapGroup("/annual-reports").WithTags("annual reports").ProducesApiProblems();
        group.MapGet("/{id:guid}", GetAnnualReport).WithName("GetAnnualReport")
            .WithSummary("A version's paragraphs, each with its stored text, its text with the figures and its history").ProducesNotFound();
        group.MapPut("/{id:guid}", UpdateAnnualReport).WithName("UpdateAnnualReport")
            .WithSummary("Edit paragraphs and the header of a draft (409 when someone saved first)").ProducesWriteProblems();
        group.MapPost("/{id:guid}/finalise", FinaliseAnnualReport).WithName("FinaliseAnnualReport")
            .WithSummary("Finalise a draft: its figures freeze with the text and it never changes again").ProducesWriteProblems();
        group.MapPost("/{id:guid}/new-version", CreateAnnualReportVersion).WithName("CreateAnnualReportVersion")
            .WithSummary("Start a new draft copied from a finalised version").ProducesWriteProblems();
        group.MapGet("/{id:guid}/report.pdf", PrintAnnualReport).WithName("PrintAnnualReport")
            .WithSummary("The report as PDF (GB/T 9704); a draft is marked as such on every page").ProducesPdf();
        group.MapGet("/{id:guid}/report.docx", WriteAnnualReportDocx).WithName("WriteAnnualReportDocx")
            .WithSummary("The report as .docx (Word/WPS) for the last edits by hand").ProducesFile(Docx).ProducesNotFound();
    }

    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static async Task<FileContentHttpResult> PrintAnnualReport(Guid id, FontOptions fonts, CongressDbContext db, CancellationToken ct)
    {
        var report = await db.AnnualReportAsync(id, ct);
        return TypedResults.File(AnnualReportDocument.Render(AnnualReportPrints.PrintModel(report), fonts), ApiProblems.Pdf,
            AnnualReportPrints.FileName(report, "pdf"));
    }

    public static async Task<FileContentHttpResult> WriteAnnualReportDocx(Guid id, CongressDbContext db, CancellationToken ct)
    {
        var report = await db.AnnualReportAsync(id, ct);
        return TypedResults.File(AnnualReportDocx.Write(AnnualReportPrints.PrintModel(report)), Docx, AnnualReportPrints.FileName(report, "docx"));
    }

    public static async Task<Ok<IReadOnlyList<AnnualReportListItem>>> ListAnnualReports(Guid id, int? year, CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.AnnualReportsAsync(id, year, ct));

    public static async Task<Created<AnnualReportView>> CreateAnnualReport(Guid id, AnnualReportCreate body, CongressDbContext db, CancellationToken ct)
    {
        var report = await new AnnualReportService(db).GenerateAsync(id, body.Year, ct);
        return TypedResults.Created($"/api/v1/annual-reports/{report.Id}", await db.AnnualReportAsync(report.Id, ct));
    }

    public static async Task<Ok<AnnualReportView>> GetAnnualReport(Guid id, CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.AnnualReportAsync(id, ct));

    public static async Task<Ok<AnnualReportView>> UpdateAnnualReport(Guid id, AnnualReportWrite body, CongressDbContext db, CancellationToken ct)
    {
        var edit = new AnnualReportEdit { Occasion = body.Occasion, Reporter = body.Reporter, Paragraphs = body.Paragraphs };
        await new AnnualReportService(db).EditAsync(id, edit, body.Version, ct);
        return TypedResults.Ok(await db.AnnualReportAsync(id, ct));
    }

    public static async Task<Ok<AnnualReportView>> FinaliseAnnualReport(Guid id, AnnualReportFinalise body, CongressDbContext db, CancellationToken ct)
    {
        await new AnnualReportService(db).FinaliseAsync(id, body.Version, ct);
        return TypedResults.Ok(await db.AnnualReportAsync(id, ct));
    }

    public static async Task<Created<AnnualReportView>> CreateAnnualReportVersion(Guid id, CongressDbContext db, CancellationToken ct)
    {
        var report = await new AnnualReportService(db).StartNewVersionAsync(id, ct);
        return TypedResults.Created($"/api/v1/annual-reports/{report.Id}", await db.AnnualReportAsync(report.Id, ct));
    }
}
