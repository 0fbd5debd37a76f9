using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Formatting;

namespace Township.Congress.Suggestions;

/// <summary>
/// Tells the township, the lead unit and the county when an item becomes overdue: once per
/// round of handling. Run by a background job in the web app (and directly by tests).
/// </summary>
public static class SuggestionReminders
{
    /// <summary>Returns how many items were newly reported overdue. Needs an unrestricted (system) context.</summary>
    public static async Task<int> NotifyOverdueAsync(CongressDbContext db, CancellationToken ct = default)
    {
        var today = ChineseDate.TodayInChina(db.Clock);
        var overdue = await db.Suggestions
            .Where(s => (s.State == SuggestionState.Assigned || s.State == SuggestionState.Handling) && s.Deadline < today)
            .Select(s => new { s.Id, s.TownshipId, s.Kind, s.Year, s.Sequence, s.Title, s.Deadline, s.AssignedOn, s.LeadUnitId })
            .ToListAsync(ct);
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var count = 0;
        foreach (var s in overdue)
        {
            // Once per round: a notice created after this round's assignment means it was told already.
            var since = DateTime.SpecifyKind(s.AssignedOn!.Value.ToDateTime(TimeOnly.MinValue) - ChineseDate.ChinaOffset, DateTimeKind.Utc);
            if (await db.Notifications.AnyAsync(n => n.SuggestionId == s.Id && n.Kind == NotificationKind.Overdue && n.CreatedAtUtc >= since, ct))
                continue;
            var countyId = await db.Townships.Where(t => t.Id == s.TownshipId).Select(t => t.CountyId).SingleAsync(ct);
            var users = await db.Users
                .Where(u => u.TownshipId == s.TownshipId || (s.LeadUnitId != null && u.HandlingUnitId == s.LeadUnitId)
                    || (u.CountyId == countyId && u.TownshipId == null && u.HandlingUnitId == null))
                .Select(u => u.Id).ToListAsync(ct);
            var text = $"{SuggestionLabels.Of(s.Kind)}{Suggestion.FormatNumber(s.Year, s.Sequence)}《{s.Title}》已超过办理期限（{ChineseDate.Format(s.Deadline)}），尚未答复。"; // Chinese by design: a stored notification
            db.Notifications.AddRange(users.Select(u => new Notification { UserId = u, SuggestionId = s.Id, Kind = NotificationKind.Overdue, Text = text, CreatedAtUtc = now }));
            count++;
        }
        await db.SaveChangesAsync(ct);
        return count;
    }
}
