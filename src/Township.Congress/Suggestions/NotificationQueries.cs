using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;

namespace Township.Congress.Suggestions;

/// <summary>One notice as the bell and the API list it.</summary>
public sealed record NotificationItem(Guid Id, Guid? SuggestionId, NotificationKind Kind, string Text, DateTime CreatedAtUtc, DateTime? ReadAtUtc)
{
    public bool IsRead => ReadAtUtc is not null;
}

/// <summary>
/// The signed-in user's own notices, for the bell and the API alike. The query filter already limits a
/// user to their rows; the explicit user condition keeps an administrator (whose scope is unrestricted)
/// to theirs too, and a context without a user (the system) to none.
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

    /// <summary>The newest first.</summary>
    public static Task<List<NotificationItem>> LatestAsync(CongressDbContext db, int take = Latest, CancellationToken ct = default) =>
        Mine(db).AsNoTracking().OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).Take(take)
            .Select(n => new NotificationItem(n.Id, n.SuggestionId, n.Kind, n.Text, n.CreatedAtUtc, n.ReadAtUtc)).ToListAsync(ct);

    /// <summary>Marks one of the user's notices read (a read one keeps its date); false when it is not theirs.</summary>
    public static async Task<bool> MarkReadAsync(CongressDbContext db, Guid id, CancellationToken ct = default)
    {
        var n = await Mine(db).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (n is null) return false;
        if (n.ReadAtUtc is not null) return true;
        n.ReadAtUtc = db.Clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return true;
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
