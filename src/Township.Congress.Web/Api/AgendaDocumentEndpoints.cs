using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Township.Congress.Sessions;

namespace Township.Congress.Web.Api;

/// <summary>Documents attached to agenda items; the bytes are stored in the database.</summary>
public static class AgendaDocumentEndpoints
{
    public static void MapAgendaDocumentApi(this IEndpointRouteBuilder api)
    {
        var options = api.ServiceProvider.GetRequiredService<DocumentOptions>();
        // Room for the multipart framing around a file of the largest allowed size.
        var requestLimit = options.MaxBytes + 1024 * 1024;

        var items = api.MapGroup("/agenda-items/{id:guid}/documents").WithTags("agenda documents").ProducesApiProblems();
        items.MapGet("/", ListAgendaDocuments).WithName("ListAgendaDocuments").WithSummary("Documents of an agenda item")
            .ProducesNotFound();
        items.MapPost("/", UploadAgendaDocument).WithName("UploadAgendaDocument").WithSummary("Attach a document to an agenda item")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(requestLimit))
            .WithFormOptions(multipartBodyLengthLimit: requestLimit)
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        var single = api.MapGroup("/documents").WithTags("agenda documents").ProducesApiProblems();
        single.MapGet("/{id:guid}", DownloadAgendaDocument).WithName("DownloadAgendaDocument").WithSummary("Download a document")
            .ProducesFile(ApiProblems.AnyFile).ProducesNotFound();
        single.MapDelete("/{id:guid}", DeleteAgendaDocument).WithName("DeleteAgendaDocument").WithSummary("Remove a document")
            .ProducesWriteProblems();
    }

    public static async Task<Ok<List<AgendaDocumentInfo>>> ListAgendaDocuments(Guid id, AgendaDocumentService documents,
        CancellationToken ct) => TypedResults.Ok(await documents.ListAsync(id, ct));

    public static async Task<Created<AgendaDocumentInfo>> UploadAgendaDocument(Guid id, IFormFile file, AgendaDocumentService documents,
        CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        var created = await documents.UploadAsync(id, file.FileName, stream, ct);
        return TypedResults.Created($"/api/v1/documents/{created.Id}", created);
    }

    public static async Task<FileContentHttpResult> DownloadAgendaDocument(Guid id, AgendaDocumentService documents, CancellationToken ct)
    {
        var (fileName, contentType, content) = await documents.DownloadAsync(id, ct);
        return TypedResults.File(content, contentType, fileName);
    }

    public static async Task<NoContent> DeleteAgendaDocument(Guid id, long version, AgendaDocumentService documents, CancellationToken ct)
    {
        await documents.DeleteAsync(id, version, ct);
        return TypedResults.NoContent();
    }
}
