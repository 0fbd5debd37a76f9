using Microsoft.AspNetCore.Http.HttpResults;
using Township.Congress.Data;
using Township.Congress.Sessions;
using Township.Congress.Suggestions;
using Township.Congress.Web.Features.Suggestions;

namespace Township.Congress.Web.Api;

/// <summary>Files of an item: its attachments and the printed assignment letter.</summary>
public static class SuggestionFileEndpoints
{
    public static void MapSuggestionFileEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/suggestions").WithTags("suggestions").ProducesApiProblems();
        group.MapGet("/{id:guid}/assignment-letter.pdf", PrintAssignmentLetter).WithName("PrintAssignmentLetter")
            .WithSummary("The assignment letter and answer form as a PDF").ProducesPdf();

        var limit = api.ServiceProvider.GetRequiredService<DocumentOptions>().MaxBytes + 1024 * 1024;
        group.MapPost("/{id:guid}/attachments", UploadSuggestionAttachment).WithName("UploadSuggestionAttachment")
            .WithSummary("Attach a file to a suggestion or one of its answers")
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(limit))
            .WithFormOptions(multipartBodyLengthLimit: limit)
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        var attachments = api.MapGroup("/suggestion-attachments").WithTags("suggestions").ProducesApiProblems();
        attachments.MapGet("/{id:guid}", DownloadSuggestionAttachment).WithName("DownloadSuggestionAttachment")
            .WithSummary("Download an attachment").ProducesFile(ApiProblems.AnyFile).ProducesNotFound();
        attachments.MapDelete("/{id:guid}", DeleteSuggestionAttachment).WithName("DeleteSuggestionAttachment")
            .WithSummary("Remove an attachment").ProducesWriteProblems();
    }

    /// <summary>交办函 + 答复表 for units without a login; ?unitId= prints a co-unit's letter.</summary>
    public static async Task<FileContentHttpResult> PrintAssignmentLetter(Guid id, Guid? unitId, SuggestionPrints prints,
        CongressDbContext db, CancellationToken ct) =>
        TypedResults.File(await prints.AssignmentPacketAsync(db, id, unitId, ct), ApiProblems.Pdf, "交办函.pdf");

    public static async Task<Created<AttachmentView>> UploadSuggestionAttachment(Guid id, Guid? answerId, IFormFile file,
        SuggestionAttachmentService files, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        var saved = await files.UploadAsync(id, answerId, file.FileName, stream, ct);
        return TypedResults.Created($"/api/v1/suggestion-attachments/{saved.Id}", saved);
    }

    public static async Task<FileContentHttpResult> DownloadSuggestionAttachment(Guid id, SuggestionAttachmentService files,
        CancellationToken ct)
    {
        var (name, type, content) = await files.DownloadAsync(id, ct);
        return TypedResults.File(content, type, name);
    }

    public static async Task<NoContent> DeleteSuggestionAttachment(Guid id, SuggestionAttachmentService files, CancellationToken ct)
    {
        await files.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }
}
