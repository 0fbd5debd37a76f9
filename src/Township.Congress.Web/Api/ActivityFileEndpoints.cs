using Microsoft.AspNetCore.Http.HttpResults;
using Township.Congress.Activities;
using Township.Congress.Data;
using Township.Congress.Sessions;

namespace Township.Congress.Web.Api;

/// <summary>Photos and files of an activity, checked by their content like every other upload (UploadedFiles).</summary>
public static class ActivityFileEndpoints
{
    public static void MapActivityFileApi(this IEndpointRouteBuilder api)
    {
        // Room for the multipart framing around a file of the largest allowed size.
        var limit = api.ServiceProvider.GetRequiredService<DocumentOptions>().MaxBytes + 1024 * 1024;
        api.MapGroup("/activities").WithTags("activities").ProducesApiProblems()
            .MapPost("/{id:guid}/files", UploadActivityFile).WithName("UploadActivityFile").WithSummary("Add a photo or file to an activity")
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(limit))
            .WithFormOptions(multipartBodyLengthLimit: limit)
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        var files = api.MapGroup("/activity-files").WithTags("activities").ProducesApiProblems();
        files.MapGet("/{id:guid}", DownloadActivityFile).WithName("DownloadActivityFile").WithSummary("Download a photo or file of an activity")
            .ProducesFile(ApiProblems.AnyFile).ProducesNotFound();
        files.MapDelete("/{id:guid}", DeleteActivityFile).WithName("DeleteActivityFile").WithSummary("Remove a photo or file of an activity")
            .ProducesWriteProblems();
    }

    public static async Task<Created<ActivityFileView>> UploadActivityFile(Guid id, IFormFile file, CongressDbContext db, DocumentOptions documents,
        CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        var saved = await new ActivityService(db, documents).UploadAsync(id, file.FileName, stream, ct);
        return TypedResults.Created($"/api/v1/activity-files/{saved.Id}", saved);
    }

    public static async Task<FileContentHttpResult> DownloadActivityFile(Guid id, CongressDbContext db, DocumentOptions documents, CancellationToken ct)
    {
        var (name, type, content) = await new ActivityService(db, documents).DownloadAsync(id, ct);
        return TypedResults.File(content, type, name);
    }

    public static async Task<NoContent> DeleteActivityFile(Guid id, CongressDbContext db, DocumentOptions documents, CancellationToken ct)
    {
        await new ActivityService(db, documents).DeleteFileAsync(id, ct);
        return TypedResults.NoContent();
    }
}
