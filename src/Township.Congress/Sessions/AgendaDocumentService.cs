using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Common;
using Township.Congress.Data;

namespace Township.Congress.Sessions;

/// <summary>
/// Documents attached to agenda items. The file's real content decides what it is (magic bytes,
/// and for Office files the package's entries), never the content type the browser claims.
/// </summary>
public sealed class AgendaDocumentService(CongressDbContext db, DocumentOptions options)
{
    public const string AllowedTypes = "PDF、Word（.docx）、Excel（.xlsx）或图片（PNG、JPEG、GIF）";

    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Gif = "image/gif";

    private static readonly Dictionary<string, string[]> Extensions = new()
    {
        [Pdf] = [".pdf"],
        [Docx] = [".docx"],
        [Xlsx] = [".xlsx"],
        [Png] = [".png"],
        [Jpeg] = [".jpg", ".jpeg"],
        [Gif] = [".gif"],
    };

    public async Task<AgendaDocumentInfo> UploadAsync(Guid agendaItemId, string fileName, Stream content, CancellationToken ct = default)
    {
        var item = await db.FindVisibleAsync<AgendaItem>(agendaItemId, ct);
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/')).Trim();
        if (name.Length == 0) Refuse("请为文件命名。");
        if (name.Length > 255) Refuse("文件名过长（最多255个字符）。");

        var bytes = await ReadLimitedAsync(content, ct);
        if (bytes.Length == 0) Refuse("文件为空。");
        var type = Detect(bytes) ?? Refuse<string>($"不支持此文件类型：只可上传{AllowedTypes}。");
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!Extensions[type].Contains(extension))
            Refuse($"文件扩展名“{extension}”与文件内容不符：内容为{Describe(type)}，扩展名应为{string.Join("或", Extensions[type])}。");

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

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];

    /// <summary>What the bytes are, or null when they are none of the allowed types.</summary>
    public static string? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF-"u8)) return Pdf;
        if (bytes.StartsWith(PngSignature)) return Png;
        if (bytes.StartsWith(JpegSignature)) return Jpeg;
        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8)) return Gif;
        if (bytes.StartsWith(ZipSignature)) return DetectOffice(bytes.ToArray());
        return null;
    }

    private static string? DetectOffice(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            if (!names.Contains("[Content_Types].xml")) return null;
            if (names.Any(n => n.StartsWith("word/", StringComparison.Ordinal))) return Docx;
            if (names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal))) return Xlsx;
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static string Describe(string type) => type switch
    {
        Pdf => "PDF",
        Docx => "Word文档",
        Xlsx => "Excel表格",
        Png => "PNG图片",
        Jpeg => "JPEG图片",
        _ => "GIF图片",
    };

    private async Task<byte[]> ReadLimitedAsync(Stream content, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxBytes) Refuse($"文件过大：最大允许{FormatSize(options.MaxBytes)}。");
        }
        return buffer.ToArray();
    }

    /// <summary>A size for people: 字节, KB or MB.</summary>
    public static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} 字节",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / (1024.0 * 1024):0.#} MB",
    };

    private static IQueryable<AgendaDocumentInfo> Metadata(IQueryable<AgendaDocument> query) =>
        query.OrderBy(d => d.UploadedAtUtc).ThenBy(d => d.Id)
            .Select(d => new AgendaDocumentInfo(d.Id, d.AgendaItemId, d.FileName, d.ContentType, d.SizeBytes, d.Sha256,
                d.UploadedAtUtc, d.UploadedBy, d.Version));

    private static AgendaDocumentInfo Info(AgendaDocument d) =>
        new(d.Id, d.AgendaItemId, d.FileName, d.ContentType, d.SizeBytes, d.Sha256, d.UploadedAtUtc, d.UploadedBy, d.Version);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Refuse(string message) => throw new DomainValidationException([new("File", message)]);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static T Refuse<T>(string message) => throw new DomainValidationException([new("File", message)]);
}
