using System.IO.Compression;
using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Files;

/// <summary>
/// Checks an uploaded file before it is stored (agenda documents, suggestion attachments): the
/// real content decides what it is (magic bytes, and for Office files the package's entries),
/// never the content type the browser claims; the extension must agree; the size is capped
/// while reading.
/// </summary>
public static class UploadedFiles
{
    public static string AllowedTypes => ModelText.Files_AllowedTypes;

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
        Docx => ModelText.Files_Docx,
        Xlsx => ModelText.Files_Xlsx,
        Png => ModelText.Files_Png,
        Jpeg => ModelText.Files_Jpeg,
        _ => ModelText.Files_Gif,
    };

    private static async Task<byte[]> ReadLimitedAsync(Stream content, long maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) Refuse(string.Format(ModelText.Files_TooLarge, FormatSize(maxBytes)));
        }
        return buffer.ToArray();
    }

    /// <summary>A size for people: 字节, KB or MB.</summary>
    public static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => string.Format(ModelText.Files_Bytes, bytes),
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / (1024.0 * 1024):0.#} MB",
    };

    /// <summary>The file's clean name, its detected content type and its bytes; refuses anything else with a Chinese message.</summary>
    public static async Task<(string Name, string ContentType, byte[] Bytes)> ReadCheckedAsync(string? fileName, Stream content, long maxBytes, CancellationToken ct = default)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/')).Trim();
        if (name.Length == 0) Refuse(ModelText.Files_NameRequired);
        if (name.Length > 255) Refuse(ModelText.Files_NameTooLong);

        var bytes = await ReadLimitedAsync(content, maxBytes, ct);
        if (bytes.Length == 0) Refuse(ModelText.Files_Empty);
        var type = Detect(bytes) ?? Refuse<string>(string.Format(ModelText.Files_TypeNotAllowed, AllowedTypes));
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!Extensions[type].Contains(extension))
            Refuse(string.Format(ModelText.Files_ExtensionMismatch, extension, Describe(type), string.Join(ModelText.List_Or, Extensions[type])));
        return (name, type, bytes);
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Refuse(string message) => throw new DomainValidationException([new("File", message)]);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static T Refuse<T>(string message) => throw new DomainValidationException([new("File", message)]);
}
