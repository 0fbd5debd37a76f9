using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Files;
using Township.Congress.Model;
using Township.Congress.Sessions;
using Township.Congress.Resources;

namespace Township.Congress.Suggestions;

/// <summary>
/// Files on an item (the deputy's materials) or on an answer (the unit's reply documents).
/// Checked like agenda documents and stored in the database with the item, so one backup holds both.
/// </summary>
public sealed class SuggestionAttachmentService(CongressDbContext db, DocumentOptions options)
{
    public async Task<AttachmentView> UploadAsync(Guid suggestionId, Guid? answerId, string fileName, Stream content, CancellationToken ct = default)
    {
        var item = await db.FindVisibleAsync<Suggestion>(suggestionId, ct);
        var actor = await db.ActorOnAsync(item, ct);
        if (actor == SuggestionActor.Viewer)
            throw new DomainValidationException([new("File", ModelText.Attachment_ViewerOnly)]);
        if (answerId is { } a)
        {
            var answer = await db.Set<SuggestionAnswer>().FirstOrDefaultAsync(x => x.Id == a && x.SuggestionId == suggestionId, ct)
                ?? throw new DomainValidationException([new("AnswerId", ModelText.Attachment_AnswerOfOtherItem)]);
            if (actor != SuggestionActor.Secretary && answer.UnitId != db.Scope.HandlingUnitId)
                throw new DomainValidationException([new("AnswerId", ModelText.Attachment_OwnAnswersOnly)]);
        }
        var (name, type, bytes) = await UploadedFiles.ReadCheckedAsync(fileName, content, options.MaxBytes, ct);
        var attachment = new SuggestionAttachment
        {
            TownshipId = item.TownshipId, SuggestionId = item.Id, AnswerId = answerId, FileName = name, ContentType = type,
            SizeBytes = bytes.Length, UploadedAtUtc = db.Clock.GetUtcNow().UtcDateTime, UploadedBy = db.Scope.UserName, Content = bytes,
        };
        db.Add(attachment);
        await db.SaveChangesAsync(ct);
        return new AttachmentView(attachment.Id, answerId, name, type, bytes.Length, attachment.UploadedAtUtc, attachment.UploadedBy);
    }

    public async Task<(string FileName, string ContentType, byte[] Content)> DownloadAsync(Guid attachmentId, CancellationToken ct = default)
    {
        var attachment = await db.FindVisibleAsync<SuggestionAttachment>(attachmentId, ct);
        return (attachment.FileName, attachment.ContentType, attachment.Content);
    }

    /// <summary>Only the township's secretary removes files.</summary>
    public async Task DeleteAsync(Guid attachmentId, CancellationToken ct = default)
    {
        var attachment = await db.FindVisibleAsync<SuggestionAttachment>(attachmentId, ct);
        db.Remove(attachment);
        await db.SaveChangesAsync(ct);
    }
}
