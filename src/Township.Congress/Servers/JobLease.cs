using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;

namespace Township.Congress.Servers;

/// <summary>
/// Who runs a background job now. Every app node of a county server tries to take the lease
/// before a run; only the holder runs, so reminders go out once, not once per node. The holder
/// renews it at each run; if its node dies, the lease expires and another node takes over.
/// Not an audited record: it says nothing about the county's work.
/// </summary>
public class JobLease
{
    /// <summary>The job, e.g. <c>overdue-reminders</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>The node that holds it (machine, process, start), see <see cref="JobLeases.ThisNode"/>.</summary>
    public string Holder { get; set; } = "";

    public DateTime ExpiresUtc { get; set; }
}

public static class JobLeases
{
    /// <summary>This process, unique among the nodes and across restarts.</summary>
    public static readonly string ThisNode = Bounded($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");

    /// <summary>
    /// Takes or renews the lease for <paramref name="forHowLong"/>: true when <paramref name="holder"/>
    /// holds it afterwards. One conditional UPDATE decides between nodes (a row lock on PostgreSQL,
    /// the single writer on SQLite); the first run ever inserts the row, and a node that loses that
    /// insert to another loses the lease. Needs a system context.
    /// </summary>
    public static async Task<bool> TryAcquireAsync(CongressDbContext db, string name, string holder, TimeSpan forHowLong, CancellationToken ct = default)
    {
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var until = now + forHowLong;
        var taken = await db.JobLeases
            .Where(l => l.Name == name && (l.Holder == holder || l.ExpiresUtc <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresUtc, until), ct);
        if (taken > 0) return true;
        if (await db.JobLeases.AnyAsync(l => l.Name == name, ct)) return false;
        db.JobLeases.Add(new JobLease { Name = name, Holder = holder, ExpiresUtc = until });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another node inserted the row between our look and our insert: it holds the lease.
            db.ChangeTracker.Clear();
            if (await db.JobLeases.AnyAsync(l => l.Name == name, ct)) return false;
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> while holding the lease, waiting for it up to <paramref name="wait"/>:
    /// start-up work that two nodes starting together must not do twice (the demo seed, the first key).
    /// </summary>
    public static async Task RunAloneAsync(CongressDbContext db, string name, TimeSpan wait, Func<Task> work, CancellationToken ct = default)
    {
        var until = DateTime.UtcNow + wait;
        while (!await TryAcquireAsync(db, name, ThisNode, AloneFor, ct))
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"Lease {name} still held by another node after {wait}.");
            await Task.Delay(200, ct);
        }
        try
        {
            await work();
        }
        finally
        {
            await ReleaseAsync(db, name, ThisNode, CancellationToken.None);
        }
    }

    // Long enough for the demo seed on a slow machine; a node that dies holding it delays the next start by this much at most.
    private static readonly TimeSpan AloneFor = TimeSpan.FromMinutes(10);

    private static string Bounded(string holder) => holder.Length <= 128 ? holder : holder[^128..];

    /// <summary>Lets the lease go at once (a node shutting down), so another node need not wait for expiry.</summary>
    public static Task<int> ReleaseAsync(CongressDbContext db, string name, string holder, CancellationToken ct = default)
    {
        var now = db.Clock.GetUtcNow().UtcDateTime;
        return db.JobLeases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresUtc, now), ct);
    }
}
