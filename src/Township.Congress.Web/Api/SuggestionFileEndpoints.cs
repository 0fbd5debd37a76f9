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
        var group = api.MapGroup("/suggestions").WithTags("suggestions");
        // 交办函 + 答复表 for units without a login; ?unitId= prints a co-unit's letter.
        group.MapGet("/{id:guid}/assignment-letter.pdf",
            async (Guid id, Guid? unitId, SuggestionPrints prints, CongressDbContext db, CancellationToken ct) =>
                Results.File(await prints.AssignmentPacketAsync(db, id, unitId, ct), "application/pdf", "交办函.pdf"));

        var limit = api.ServiceProvider.GetRequiredService<DocumentOptions>().MaxBytes + 1024 * 1024;
        group.MapPost("/{id:guid}/attachments", async (Guid id, Guid? answerId, IFormFile file, SuggestionAttachmentService files, CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                var saved = await files.UploadAsync(id, answerId, file.FileName, stream, ct);
                return Results.Created($"/api/v1/suggestion-attachments/{saved.Id}", saved);
            })
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(limit))
            .WithFormOptions(multipartBodyLengthLimit: limit);

        var attachments = api.MapGroup("/suggestion-attachments").WithTags("suggestions");
        attachments.MapGet("/{id:guid}", async (Guid id, SuggestionAttachmentService files, CancellationToken ct) =>
        {
            var (name, type, content) = await files.DownloadAsync(id, ct);
            return Results.File(content, type, name);
        });
        attachments.MapDelete("/{id:guid}", async (Guid id, SuggestionAttachmentService files, CancellationToken ct) =>
        {
            await files.DeleteAsync(id, ct);
            return Results.NoContent();
        });
    }
}
