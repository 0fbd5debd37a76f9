using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Suggestions;

namespace Township.Congress.Web.Features.Notifications;

public sealed record NotificationItem(Guid Id, Guid? SuggestionId, NotificationKind Kind, string Text, DateTime CreatedAtUtc, bool IsRead);

/// <summary>
/// The signed-in user's own notices. The query filter already limits a user to their rows; the
/// explicit user condition keeps an administrator (whose scope is unrestricted) to theirs too.
/// </summary>
public static class NotificationQueries
{
    public const int Latest = 20;

    private static IQueryable<Notification> Mine(CongressDbContext db)
    {
        var user = db.Scope.UserId;
        return db.Notifications.Where(n => user != null && n.UserId == user);
    }

    public static Task<int> UnreadCountAsync(CongressDbContext db, CancellationToken ct = default) =>
        Mine(db).CountAsync(n => n.ReadAtUtc == null, ct);

    public static async Task<List<NotificationItem>> LatestAsync(CongressDbContext db, int take = Latest, CancellationToken ct = default) =>
        (await Mine(db).AsNoTracking().OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).Take(take).ToListAsync(ct))
            .Select(n => new NotificationItem(n.Id, n.SuggestionId, n.Kind, n.Text, n.CreatedAtUtc, n.ReadAtUtc != null)).ToList();

    public static async Task MarkReadAsync(CongressDbContext db, Guid id, CancellationToken ct = default)
    {
        var n = await Mine(db).FirstOrDefaultAsync(x => x.Id == id && x.ReadAtUtc == null, ct);
        if (n is null) return;
        n.ReadAtUtc = db.Clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    public static async Task<int> MarkAllReadAsync(CongressDbContext db, CancellationToken ct = default)
    {
        var unread = await Mine(db).Where(n => n.ReadAtUtc == null).ToListAsync(ct);
        var now = db.Clock.GetUtcNow().UtcDateTime;
        foreach (var n in unread) n.ReadAtUtc = now;
        await db.SaveChangesAsync(ct);
        return unread.Count;
    }
}
