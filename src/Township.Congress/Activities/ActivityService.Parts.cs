using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Files;
using Township.Congress.Model;
using Township.Congress.Resources;
using Township.Congress.Suggestions;

namespace Township.Congress.Activities;

/// <summary>A stored file of an activity, without its bytes.</summary>
public sealed record ActivityFileView(Guid Id, string FileName, string ContentType, long SizeBytes, DateTime UploadedAtUtc, string UploadedBy)
{
    public bool IsPhoto => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

public sealed partial class ActivityService
{
    /// <summary>Photos and files, checked by their content like suggestion attachments.</summary>
    public async Task<ActivityFileView> UploadAsync(Guid activityId, string fileName, Stream content, CancellationToken ct = default)
    {
        var activity = await db.FindVisibleAsync<Activity>(activityId, ct);
        var (name, type, bytes) = await UploadedFiles.ReadCheckedAsync(fileName, content, options.MaxBytes, ct);
        var file = new ActivityFile
        {
            TownshipId = activity.TownshipId, ActivityId = activity.Id, FileName = name, ContentType = type, SizeBytes = bytes.Length,
            UploadedAtUtc = db.Clock.GetUtcNow().UtcDateTime, UploadedBy = db.Scope.UserName, Content = bytes,
        };
        db.Add(file);
        await db.SaveChangesAsync(ct);
        return new ActivityFileView(file.Id, name, type, bytes.Length, file.UploadedAtUtc, file.UploadedBy);
    }

    public async Task<(string FileName, string ContentType, byte[] Content)> DownloadAsync(Guid fileId, CancellationToken ct = default)
    {
        var file = await db.FindVisibleAsync<ActivityFile>(fileId, ct);
        return (file.FileName, file.ContentType, file.Content);
    }

    public async Task DeleteFileAsync(Guid fileId, CancellationToken ct = default)
    {
        db.Remove(await db.FindVisibleAsync<ActivityFile>(fileId, ct));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Records that a suggestion arose from the activity; both must be of the same township.</summary>
    public async Task LinkSuggestionAsync(Guid activityId, Guid suggestionId, CancellationToken ct = default)
    {
        var activity = await db.FindVisibleAsync<Activity>(activityId, ct);
        var suggestion = await db.FindVisibleAsync<Suggestion>(suggestionId, ct);
        if (suggestion.TownshipId != activity.TownshipId)
            throw new DomainValidationException([new("SuggestionId", ModelText.Activity_SuggestionOfOtherTownship)]);
        if (await db.Set<ActivitySuggestion>().AnyAsync(l => l.SuggestionId == suggestionId, ct))
            throw new DomainValidationException([new("SuggestionId", ModelText.Activity_SuggestionAlreadyLinked)]);
        db.Add(new ActivitySuggestion { TownshipId = activity.TownshipId, ActivityId = activityId, SuggestionId = suggestionId });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// 由此提出建议: registers a suggestion arising from the activity (source 代表活动) and links it, in one transaction,
    /// so no suggestion is left without its link when the link is refused.
    /// </summary>
    public async Task<Suggestion> RaiseSuggestionAsync(Guid activityId, SuggestionService suggestions, SuggestionInput input, CancellationToken ct = default)
    {
        var activity = await db.FindVisibleAsync<Activity>(activityId, ct);
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        if (input.Source == SuggestionSource.Deputy) input.Source = SuggestionSource.Activity;
        var item = await suggestions.CreateAsync(activity.TownshipId, input, ct);
        await LinkSuggestionAsync(activity.Id, item.Id, ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return item;
    }

    public async Task UnlinkSuggestionAsync(Guid activityId, Guid suggestionId, CancellationToken ct = default)
    {
        await db.FindVisibleAsync<Activity>(activityId, ct);
        var link = await db.Set<ActivitySuggestion>().FirstOrDefaultAsync(l => l.ActivityId == activityId && l.SuggestionId == suggestionId, ct)
            ?? throw new KeyNotFoundException($"ActivitySuggestion {activityId}/{suggestionId}");
        db.Remove(link);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Adds a line to a group's yearly plan.</summary>
    public async Task<GroupPlanItem> AddPlanItemAsync(GroupPlanInput input, CancellationToken ct = default)
    {
        var group = await db.FindVisibleAsync<Deputies.DeputyGroup>(input.GroupId, ct);
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(input.Subject)) errors.Add(new(nameof(input.Subject), ModelText.Activity_SubjectRequired));
        if (input.Month is < 1 or > 12) errors.Add(new(nameof(input.Month), ModelText.Activity_PlanMonthInvalid));
        if (input.Year < 2000 || input.Year > Today.Year + 1) errors.Add(new(nameof(input.Year), ModelText.Activity_DateInvalid));
        DomainValidationException.ThrowIfAny(errors);
        var item = new GroupPlanItem
        {
            TownshipId = group.TownshipId, GroupId = group.Id, Year = input.Year, Month = input.Month, Subject = input.Subject.Trim(), Kind = input.Kind,
        };
        db.Add(item);
        await db.SaveChangesAsync(ct);
        return item;
    }

    public async Task RemovePlanItemAsync(Guid id, long version, CancellationToken ct = default)
    {
        var item = await db.FindVisibleAsync<GroupPlanItem>(id, ct);
        db.EditingVersion(item, version);
        db.Remove(item);
        await db.SaveChangesAsync(ct);
    }
}
