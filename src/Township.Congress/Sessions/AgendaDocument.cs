using Township.Congress.Model;

namespace Township.Congress.Sessions;

/// <summary>
/// A document attached to an agenda item (a report, a draft resolution, a spreadsheet, a photo).
/// The bytes live in the database, in this row, so a database backup always holds the files too
/// (see docs/decisions/0007-attachments-in-the-database.md). List queries select metadata only.
/// </summary>
public class AgendaDocument : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid AgendaItemId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    /// <summary>SHA-256 of <see cref="Content"/>, lower-case hex.</summary>
    public required string Sha256 { get; set; }
    public DateTime UploadedAtUtc { get; set; }
    public string UploadedBy { get; set; } = "";
    public byte[] Content { get; set; } = [];
}

/// <summary>A document without its bytes, for lists.</summary>
public sealed record AgendaDocumentInfo(Guid Id, Guid AgendaItemId, string FileName, string ContentType, long SizeBytes,
    string Sha256, DateTime UploadedAtUtc, string UploadedBy, long Version);

/// <summary>Limits on uploaded documents, bound from the configuration section <c>Documents</c>.</summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";
    public const long DefaultMaxBytes = 20 * 1024 * 1024;

    /// <summary>Largest accepted file, in bytes (default 20 MB).</summary>
    public long MaxBytes { get; set; } = DefaultMaxBytes;
}
