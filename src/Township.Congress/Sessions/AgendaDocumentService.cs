using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Files;

namespace Township.Congress.Sessions;

/// <summary>
/// Documents attached to agenda items. The file's real content decides what it is (magic bytes,
/// and for Office files the package's entries), never the content type the browser claims.
/// </summary>
public sealed class AgendaDocumentService(CongressDbContext db, DocumentOptions options)
{
    public static string AllowedTypes => UploadedFiles.AllowedTypes;
    public const string Pdf = UploadedFiles.Pdf;
    public const string Docx = UploadedFiles.Docx;
    public const string Xlsx = UploadedFiles.Xlsx;
    public const string Png = UploadedFiles.Png;
    public const string Jpeg = UploadedFiles.Jpeg;
    public const string Gif = UploadedFiles.Gif;

    public static string FormatSize(long bytes) => UploadedFiles.FormatSize(bytes);

    public async Task<AgendaDocumentInfo> UploadAsync(Guid agendaItemId, string fileName, Stream content, CancellationToken ct = default)
    {
        var item = await db.FindVisibleAsync<AgendaItem>(agendaItemId, ct);
        var (name, type, bytes) = await UploadedFiles.ReadCheckedAsync(fileName, content, options.MaxBytes, ct);

        var document = new AgendaDocument
        {
            TownshipId = item.TownshipId,
            AgendaItemId = item.Id,
            FileName = name,
            ContentType = type,
            SizeBytes = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            UploadedAtUtc = db.Clock.GetUtcNow().UtcDateTime,
            UploadedBy = db.Scope.UserName,
            Content = bytes,
        };
        db.Add(document);
        await db.SaveChangesAsync(ct);
        return Info(document);
    }

    /// <summary>The item's documents, without their bytes.</summary>
    public async Task<List<AgendaDocumentInfo>> ListAsync(Guid agendaItemId, CancellationToken ct = default)
    {
        await db.FindVisibleAsync<AgendaItem>(agendaItemId, ct);
        return await Metadata(db.Set<AgendaDocument>().Where(d => d.AgendaItemId == agendaItemId)).ToListAsync(ct);
    }

    /// <summary>The documents of every agenda item of a session, without their bytes, by agenda item.</summary>
    public async Task<Dictionary<Guid, List<AgendaDocumentInfo>>> ListForSessionAsync(Guid sessionId, CancellationToken ct = default)
    {
        await db.FindVisibleAsync<CongressSession>(sessionId, ct);
        var items = db.Set<AgendaItem>().Where(a => a.SessionId == sessionId).Select(a => a.Id);
        var documents = await Metadata(db.Set<AgendaDocument>().Where(d => items.Contains(d.AgendaItemId))).ToListAsync(ct);
        return documents.GroupBy(d => d.AgendaItemId).ToDictionary(g => g.Key, g => g.ToList());
    }

    public async Task<(string FileName, string ContentType, byte[] Content)> DownloadAsync(Guid documentId, CancellationToken ct = default)
    {
        var document = await db.FindVisibleAsync<AgendaDocument>(documentId, ct);
        return (document.FileName, document.ContentType, document.Content);
    }

    public async Task DeleteAsync(Guid documentId, long version, CancellationToken ct = default)
    {
        var document = await db.FindVisibleAsync<AgendaDocument>(documentId, ct);
        db.EditingVersion(document, version);
        db.Remove(document);
        await db.SaveChangesAsync(ct);
    }

    private static IQueryable<AgendaDocumentInfo> Metadata(IQueryable<AgendaDocument> query) =>
        query.OrderBy(d => d.UploadedAtUtc).ThenBy(d => d.Id)
            .Select(d => new AgendaDocumentInfo(d.Id, d.AgendaItemId, d.FileName, d.ContentType, d.SizeBytes, d.Sha256,
                d.UploadedAtUtc, d.UploadedBy, d.Version));

    private static AgendaDocumentInfo Info(AgendaDocument d) =>
        new(d.Id, d.AgendaItemId, d.FileName, d.ContentType, d.SizeBytes, d.Sha256, d.UploadedAtUtc, d.UploadedBy, d.Version);
}
