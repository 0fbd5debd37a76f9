using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Rules;
using Township.Congress.Security;
using Township.Congress.Sessions;
using Township.Congress.VoterReports;
using Township.Congress.Web.Features.VoterReports;

namespace Township.Congress.Web.Api;

/// <summary>A report to voters with its rating; the percentages are of the votes cast.</summary>
public sealed record VoterReportDto(Guid Id, Guid TownshipId, Guid TermId, Guid DeputyId, string DeputyName, DateOnly ReportedOn, string Place,
    string District, int Audience, string ReportText, string? FileName, int FileSizeBytes, RatingMethod RatingMethod, int CompetentVotes,
    int BasicallyCompetentVotes, int IncompetentVotes, int VotesCast, decimal CompetentPercent, decimal CompetentOrBasicPercent, decimal? Score,
    VoterRating? Result, DateOnly? RatedOn, bool IsPublished, DateOnly? PublishedOn, DateOnly? FiledOn, long Version);

/// <summary>POST/PUT body: the report and its rating, the version the edit was made on, and (POST) the township.</summary>
public sealed class VoterReportWrite
{
    public Guid? TownshipId { get; set; }
    public long Version { get; set; }
    public required VoterReportInput Report { get; set; }
}

public static class VoterReportEndpoints
{
    public static void MapVoterReportApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/voter-reports").WithTags("voter reports").ProducesApiProblems();
        group.MapGet("/", ListVoterReports).WithName("ListVoterReports").WithSummary("Reports to voters (述职), by township and year")
            .ProducesNotFound();
        group.MapGet("/coverage", GetVoterReportCoverage).WithName("GetVoterReportCoverage")
            .WithSummary("A township's year against the flags: who reported, who has not yet in the term, whether the count is met").ProducesNotFound();
        group.MapPost("/", CreateVoterReport).WithName("CreateVoterReport").WithSummary("Record a report to voters").ProducesWriteProblems();
        group.MapGet("/{id:guid}", GetVoterReport).WithName("GetVoterReport").WithSummary("One report to voters with its rating").ProducesNotFound();
        group.MapPut("/{id:guid}", UpdateVoterReport).WithName("UpdateVoterReport").WithSummary("Edit a report to voters and its rating")
            .ProducesWriteProblems();

        var limit = api.ServiceProvider.GetRequiredService<DocumentOptions>().MaxBytes + 1024 * 1024;
        group.MapPost("/{id:guid}/file", UploadVoterReportFile).WithName("UploadVoterReportFile")
            .WithSummary("Upload the report as a file (replaces an earlier one)")
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(limit))
            .WithFormOptions(multipartBodyLengthLimit: limit)
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapGet("/{id:guid}/file", DownloadVoterReportFile).WithName("DownloadVoterReportFile")
            .WithSummary("Download the uploaded report").ProducesFile(ApiProblems.AnyFile).ProducesNotFound();
        group.MapGet("/{id:guid}/notice.pdf", PrintVoterReportNotice).WithName("PrintVoterReportNotice")
            .WithSummary("The 述职 notice: who reports, when, where, to whom").ProducesPdf();
        group.MapGet("/{id:guid}/rating-form.pdf", PrintVoterRatingForm).WithName("PrintVoterRatingForm")
            .WithSummary("The voters' rating form (测评表), a row per voter for at least 50").ProducesPdf();
        group.MapGet("/{id:guid}/result.pdf", PrintVoterReportResult).WithName("PrintVoterReportResult")
            .WithSummary("The rating's result sheet (述职测评结果); 409 before the rating").ProducesPdf().ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Ok<Paged<VoterReportListItem>>> ListVoterReports(Guid? townshipId, int? year, string? q, int? page, int? pageSize,
        CongressDbContext db, CancellationToken ct)
    {
        if (townshipId is { } t) await db.FindTownshipAsync(t, ct);
        return TypedResults.Ok(await db.SearchVoterReportsAsync(new VoterReportSearch(townshipId, year, q, page ?? 1, pageSize ?? 20), ct));
    }

    public static async Task<Ok<VoterReportCoverage>> GetVoterReportCoverage(Guid? townshipId, int? year, CongressDbContext db, CancellationToken ct)
    {
        var township = db.Scope.ResolveTownship(townshipId);
        var rules = await new CountyRulesService(db).ForTownshipAsync(township, ct);
        var y = year ?? Formatting.ChineseDate.TodayInChina(db.Clock).Year;
        return TypedResults.Ok(await db.VoterReportCoverageAsync(township, y, rules, ct));
    }

    public static async Task<Ok<VoterReportDto>> GetVoterReport(Guid id, CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await ToDtoAsync(await db.FindVisibleAsync<VoterReport>(id, ct), db, ct));

    public static async Task<Created<VoterReportDto>> CreateVoterReport(VoterReportWrite body, CongressDbContext db, CancellationToken ct)
    {
        var report = await new VoterReportService(db).CreateAsync(db.Scope.ResolveTownship(body.TownshipId), body.Report, ct);
        return TypedResults.Created($"/api/v1/voter-reports/{report.Id}", await ToDtoAsync(report, db, ct));
    }

    public static async Task<Ok<VoterReportDto>> UpdateVoterReport(Guid id, VoterReportWrite body, CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await ToDtoAsync(await new VoterReportService(db).UpdateAsync(id, body.Report, body.Version, ct), db, ct));

    public static async Task<Created<VoterReportDto>> UploadVoterReportFile(Guid id, IFormFile file, DocumentOptions options, CongressDbContext db,
        CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        var report = await new VoterReportService(db).AttachFileAsync(id, file.FileName, stream, options.MaxBytes, ct);
        return TypedResults.Created($"/api/v1/voter-reports/{id}/file", await ToDtoAsync(report, db, ct));
    }

    public static async Task<FileContentHttpResult> DownloadVoterReportFile(Guid id, CongressDbContext db, CancellationToken ct)
    {
        var (name, type, content) = await new VoterReportService(db).DownloadFileAsync(id, ct);
        return TypedResults.File(content, type, name);
    }

    public static async Task<FileContentHttpResult> PrintVoterReportNotice(Guid id, VoterReportPrints prints, CongressDbContext db, CancellationToken ct) =>
        TypedResults.File(await prints.NoticeAsync(db, id, ct), ApiProblems.Pdf, "述职通知.pdf");

    public static async Task<FileContentHttpResult> PrintVoterRatingForm(Guid id, VoterReportPrints prints, CongressDbContext db, CancellationToken ct) =>
        TypedResults.File(await prints.RatingFormAsync(db, id, ct), ApiProblems.Pdf, "述职测评表.pdf");

    public static async Task<FileContentHttpResult> PrintVoterReportResult(Guid id, VoterReportPrints prints, CongressDbContext db, CancellationToken ct) =>
        TypedResults.File(await prints.ResultAsync(db, id, ct), ApiProblems.Pdf, "述职测评结果.pdf");

    internal static async Task<VoterReportDto> ToDtoAsync(VoterReport r, CongressDbContext db, CancellationToken ct)
    {
        var name = await db.Deputies.AsNoTracking().Where(d => d.Id == r.DeputyId).Select(d => d.Name).FirstAsync(ct);
        var cast = r.VotesCast;
        return new VoterReportDto(r.Id, r.TownshipId, r.TermId, r.DeputyId, name, r.ReportedOn, r.Place, r.District, r.Audience, r.ReportText,
            r.FileName, r.FileSizeBytes, r.RatingMethod, r.CompetentVotes, r.BasicallyCompetentVotes, r.IncompetentVotes, cast,
            VoterReportRules.Percent(r.CompetentVotes, cast), VoterReportRules.Percent(r.CompetentVotes + r.BasicallyCompetentVotes, cast), r.Score,
            r.Result, r.RatedOn, r.IsPublished, r.PublishedOn, r.FiledOn, r.Version);
    }
}
