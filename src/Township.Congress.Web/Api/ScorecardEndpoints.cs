using Microsoft.AspNetCore.Http.HttpResults;
using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.Rules;
using Township.Congress.Scorecards;
using Township.Congress.Sessions;
using Township.Congress.Web.Features.Scorecards;
using Township.Congress.Web.Infrastructure;

namespace Township.Congress.Web.Api;

/// <summary>The scorecard scheme of a county: its settings in one table.</summary>
public sealed record ScorecardSchemeDto(Guid CountyId, IReadOnlyList<RuleSettingDto> Settings);

/// <summary>PUT body: the values to set at once, each with the version the editor saw (0 for a default).</summary>
public sealed record ScorecardSchemeWrite(IReadOnlyList<RuleSettingChange> Values);

/// <summary>PUT body of a hand score: the year and criterion it scores, the points, the note, the version seen (0 for none yet).</summary>
public sealed record HandScoreWrite(int Year, ScorecardCriterion? Criterion, decimal? Points, string? Note, long Version);

/// <summary>乡镇人大工作考评 and 全县乡镇人大工作情况: the county's views; a township's users are told they are not there.</summary>
public static class ScorecardEndpoints
{
    public static void MapScorecardApi(this IEndpointRouteBuilder api)
    {
        var counties = api.MapGroup("/counties/{countyId:guid}").WithTags("scorecard").ProducesApiProblems();
        counties.MapGet("/scorecard", GetScorecard).WithName("GetCountyScorecard")
            .WithSummary("The county's scorecard of a year: each township's points per criterion with the data behind them, total, band, rank").ProducesNotFound();
        counties.MapGet("/scorecard-scheme", GetScorecardScheme).WithName("GetScorecardScheme")
            .WithSummary("The county's scorecard scheme: points, thresholds and bands").ProducesNotFound();
        counties.MapPut("/scorecard-scheme", SetScorecardScheme).WithName("SetScorecardScheme")
            .WithSummary("Set several values of the scheme at once (all or none); 409 when one was changed meanwhile").ProducesWriteProblems()
            .RequireAuthorization(ScopePolicies.Administrator);
        counties.MapGet("/rollup.pdf", PrintRollup).WithName("PrintCountyRollup")
            .WithSummary("全县乡镇人大工作情况 of a year as a PDF: every township a row, the year's figures, 合计 and 平均").ProducesPdf();
        counties.MapGet("/rollup.xlsx", ExportRollup).WithName("ExportCountyRollup")
            .WithSummary("全县乡镇人大工作情况 of a year as .xlsx: numbers as numbers, rates as percent cells").ProducesXlsx();

        api.MapGroup("/townships/{townshipId:guid}").WithTags("scorecard").ProducesApiProblems()
            .MapPut("/scorecard-hand-scores", SetHandScore).WithName("SetScorecardHandScore")
            .WithSummary("The county scores a hand-scored criterion of a township's year (自身建设, 加分项)").ProducesWriteProblems();

        var limit = api.ServiceProvider.GetRequiredService<DocumentOptions>().MaxBytes + 1024 * 1024;
        var hand = api.MapGroup("/scorecard-hand-scores").WithTags("scorecard").ProducesApiProblems();
        hand.MapPost("/{id:guid}/evidence", UploadEvidence).WithName("AttachScorecardEvidence").WithSummary("Attach the evidence of a hand score")
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(limit))
            .WithFormOptions(multipartBodyLengthLimit: limit)
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        hand.MapGet("/{id:guid}/evidence", DownloadEvidence).WithName("DownloadScorecardEvidence").WithSummary("Download the evidence of a hand score")
            .ProducesFile(ApiProblems.AnyFile).ProducesNotFound();
    }

    public static async Task<Ok<CountyScorecard>> GetScorecard(Guid countyId, int? year, CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.ScorecardAsync(countyId, year ?? ChineseDate.TodayInChina(db.Clock).Year, ct));

    public static async Task<Ok<ScorecardSchemeDto>> GetScorecardScheme(Guid countyId, CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok(new ScorecardSchemeDto(countyId, await RuleSchemes.ListAsync(countyId, RuleArea.Scorecard, db, ct)));

    public static async Task<Ok<ScorecardSchemeDto>> SetScorecardScheme(Guid countyId, ScorecardSchemeWrite body, CongressDbContext db, CancellationToken ct)
    {
        await RuleSchemes.SetAsync(countyId, RuleArea.Scorecard, body.Values, db, ct);
        return await GetScorecardScheme(countyId, db, ct);
    }

    public static async Task<Ok<HandScoreView>> SetHandScore(Guid townshipId, HandScoreWrite body, CongressDbContext db, CancellationToken ct)
    {
        if (body.Criterion is not { } criterion)
            throw new Model.DomainValidationException([new("Criterion", Resources.UiText.Score_CriterionRequired)]);
        return TypedResults.Ok(await new ScorecardService(db).SetHandScoreAsync(townshipId, body.Year, criterion,
            new HandScoreInput(body.Points, body.Note, body.Version), ct));
    }

    public static async Task<Ok<HandScoreView>> UploadEvidence(Guid id, IFormFile file, CongressDbContext db, DocumentOptions documents, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        return TypedResults.Ok(await new ScorecardService(db).AttachEvidenceAsync(id, file.FileName, stream, documents.MaxBytes, ct));
    }

    public static async Task<FileContentHttpResult> DownloadEvidence(Guid id, CongressDbContext db, CancellationToken ct)
    {
        var (name, type, content) = await new ScorecardService(db).EvidenceAsync(id, ct);
        return TypedResults.File(content, type, name);
    }

    public static async Task<FileContentHttpResult> PrintRollup(Guid countyId, int? year, CountyRollupPrints prints, CongressDbContext db, CancellationToken ct)
    {
        var data = await CountyRollupPrints.LoadAsync(db, countyId, year ?? ChineseDate.TodayInChina(db.Clock).Year, ct);
        return TypedResults.File(prints.Pdf(data), ApiProblems.Pdf, "全县乡镇人大工作情况.pdf");
    }

    public static async Task<FileContentHttpResult> ExportRollup(Guid countyId, int? year, CongressDbContext db, CancellationToken ct)
    {
        var data = await CountyRollupPrints.LoadAsync(db, countyId, year ?? ChineseDate.TodayInChina(db.Clock).Year, ct);
        return TypedResults.File(CountyRollupPrints.Xlsx(data), ApiProblems.Xlsx, "全县乡镇人大工作情况.xlsx");
    }
}
