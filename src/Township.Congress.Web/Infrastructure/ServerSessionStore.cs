using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Security;

namespace Township.Congress.Web.Infrastructure;

/// <summary>
/// Starts, checks and ends <see cref="ServerSession"/> rows. Every request (cookie validation)
/// and every open page (circuit revalidation, each action, each database use) asks here, so an
/// ended session ends everywhere at once. Answers are remembered for two seconds to spare the
/// database; an end decided in this process is seen at once.
/// </summary>
public sealed class ServerSessionStore(
    DbContextOptions<CongressDbContext> options, TimeProvider clock, SecurityOptions security, ILogger<ServerSessionStore> log)
{
    private static readonly TimeSpan Recheck = TimeSpan.FromSeconds(2);
    private readonly ConcurrentDictionary<Guid, Known> _known = new();

    private sealed record Known(Guid UserId, DateTime CheckedUtc, DateTime LastSeenUtc, bool Alive);

    public static Guid? IdOf(ClaimsPrincipal? user) =>
        Guid.TryParse(user?.FindFirstValue(CongressClaims.SessionId), out var id) ? id : null;

    public async Task<Guid> StartAsync(Guid userId, string clientAddress)
    {
        var now = Now;
        var session = new ServerSession
        {
            UserId = userId, StartedUtc = now, LastSeenUtc = now,
            ClientAddress = clientAddress.Length > 64 ? clientAddress[..64] : clientAddress,
        };
        await using var db = System();
        db.ServerSessions.Add(session);
        await db.SaveChangesAsync();
        _known[session.Id] = new Known(userId, now, now, true);
        return session.Id;
    }

    /// <summary>A request used the session: true while it holds; records the activity.</summary>
    public Task<bool> TouchAsync(Guid id) => CheckAsync(id, activity: true);

    /// <summary>Does the session still hold? Not activity: an open page asking does not keep it alive.</summary>
    public Task<bool> IsAliveAsync(Guid id) => CheckAsync(id, activity: false);

    public async Task EndAsync(Guid id, string reason)
    {
        if (_known.TryGetValue(id, out var known)) _known[id] = known with { Alive = false };
        await using var db = System();
        var now = Now;
        await db.ServerSessions.Where(s => s.Id == id && s.EndedUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedUtc, now).SetProperty(s => s.EndReason, reason));
    }

    /// <summary>Password changed, account disabled or locked: every session of the user ends now.</summary>
    public async Task<int> EndAllForUserAsync(Guid userId, string reason)
    {
        foreach (var (id, known) in _known)
            if (known.UserId == userId) _known[id] = known with { Alive = false };
        await using var db = System();
        var now = Now;
        var ended = await db.ServerSessions.Where(s => s.UserId == userId && s.EndedUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedUtc, now).SetProperty(s => s.EndReason, reason));
        log.LogInformation("Ended {Count} sessions of user {UserId}: {Reason}", ended, userId, reason);
        return ended;
    }

    private async Task<bool> CheckAsync(Guid id, bool activity)
    {
        var now = Now;
        if (_known.TryGetValue(id, out var known))
        {
            if (!known.Alive) return false;
            var fresh = now - known.CheckedUtc < Recheck && now - known.LastSeenUtc < security.IdleTimeout;
            if (fresh && (!activity || now - known.LastSeenUtc < security.TouchInterval)) return true;
        }

        await using var db = System();
        var row = await db.ServerSessions.FirstOrDefaultAsync(s => s.Id == id);
        if (row is null || row.EndedUtc is not null)
        {
            Remember(id, new Known(row?.UserId ?? Guid.Empty, now, now, false));
            return false;
        }
        if (now - row.LastSeenUtc >= security.IdleTimeout)
        {
            row.EndedUtc = now;
            row.EndReason = ServerSessionEnd.Idle;
            await db.SaveChangesAsync();
            Remember(id, new Known(row.UserId, now, row.LastSeenUtc, false));
            return false;
        }
        if (activity && now - row.LastSeenUtc >= security.TouchInterval)
        {
            row.LastSeenUtc = now;
            await db.SaveChangesAsync();
        }
        Remember(id, new Known(row.UserId, now, row.LastSeenUtc, true));
        return true;
    }

    private void Remember(Guid id, Known known)
    {
        // Bounded: forget answers older than the recheck time when many sessions were seen.
        if (_known.Count > 10_000)
            foreach (var (key, old) in _known)
                if (Now - old.CheckedUtc > Recheck) _known.TryRemove(key, out _);
        _known[id] = known;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private CongressDbContext System() => new(options, TownshipScope.System("sessions"), clock);
}
