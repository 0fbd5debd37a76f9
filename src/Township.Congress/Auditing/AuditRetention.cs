using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;

namespace Township.Congress.Auditing;

/// <summary>Bound from the <c>Audit</c> configuration section: a setting of the county server, not of a county.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>The least the audit is kept, whatever the setting says.</summary>
    public const int MinimumRetentionDays = 180;

    /// <summary><c>Audit:RetentionDays</c>: rows older than this are deleted (never fewer than 180 days).</summary>
    public int RetentionDays { get; set; } = MinimumRetentionDays;

    /// <summary><c>Audit:SealSeconds</c>: how often new audit rows are sealed into the chain.</summary>
    public int SealSeconds { get; set; } = 60;
}

/// <summary>What one retention run deleted: how many rows, all written before <paramref name="BeforeUtc"/>.</summary>
public sealed record AuditPurge(int Deleted, DateTime BeforeUtc);

/// <summary>
/// Deletes audit rows past the retention period, and only those: the oldest stretch of the chain whose
/// rows are all older than the cut-off. The chain's anchor moves to the last deleted row, so the chain
/// still verifies from a known point, and the deletion is itself audited (how many, up to when).
/// </summary>
public static class AuditRetention
{
    /// <summary>Seals first, then deletes in one transaction. Needs a system context; run it under <see cref="AuditChain.Lease"/>.</summary>
    public static async Task<AuditPurge> PurgeAsync(CongressDbContext db, int retentionDays, CancellationToken ct = default)
    {
        var days = Math.Max(AuditOptions.MinimumRetentionDays, retentionDays);
        var cutoff = db.Clock.GetUtcNow().UtcDateTime.AddDays(-days);
        await AuditChain.SealAsync(db, ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var state = await AuditChain.StateAsync(db, ct);
        var sealedRows = db.AuditEntries.IgnoreQueryFilters().Where(a => a.Seq != null);
        // Sealing orders by time, but a late commit can carry an earlier time: stop at the first young row.
        var firstKept = await sealedRows.Where(a => a.AtUtc >= cutoff).MinAsync(a => a.Seq, ct);
        var last = firstKept is { } kept ? kept - 1 : state.HeadSeq;
        if (last <= state.AnchorSeq) return new AuditPurge(0, cutoff);

        var anchorHash = await sealedRows.Where(a => a.Seq == last).Select(a => a.Hash).SingleAsync(ct);
        var deleted = await sealedRows.Where(a => a.Seq <= last).ExecuteDeleteAsync(ct);
        await db.AuditChainStates.Where(s => s.Id == AuditChainState.SingleId && s.AnchorSeq == state.AnchorSeq)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.AnchorSeq, last).SetProperty(x => x.AnchorHash, anchorHash), ct);
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = db.Clock.GetUtcNow().UtcDateTime,
            UserId = db.Scope.UserId,
            UserName = db.Scope.UserName,
            Action = AuditAction.Delete,
            EntityType = nameof(AuditEntry),
            EntityKey = "",
            Changes = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                [DeletedCountField] = new { old = deleted.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                [DeletedBeforeField] = new { old = cutoff.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) },
            }),
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new AuditPurge(deleted, cutoff);
    }

    /// <summary>The fields of the retention's own audit row (named in <see cref="AuditFieldNames"/>).</summary>
    public const string DeletedCountField = "DeletedCount", DeletedBeforeField = "DeletedBefore";
}
