using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Township.Congress.Data;
using Township.Congress.Resources;

namespace Township.Congress.Auditing;

/// <summary>
/// Where the audit chain starts and ends. One row (<see cref="SingleId"/>): the anchor is the last row
/// retention deleted (its number and hash), the head the last sealed row. Not an audited record.
/// </summary>
public class AuditChainState
{
    public const int SingleId = 1;
    public int Id { get; set; } = SingleId;
    public long AnchorSeq { get; set; }
    public string AnchorHash { get; set; } = AuditChain.Genesis;
    public long HeadSeq { get; set; }
    public string HeadHash { get; set; } = AuditChain.Genesis;
}

/// <summary>
/// The audit made provable: each row is chained to the row before by a SHA-256 over its fields and
/// the previous hash, so a row changed, removed or slipped into the chain breaks it.
/// Audit rows are written by many transactions at once (every save, the bulk import); chaining them
/// at write time would serialise every save on the chain's head. Instead rows are written unsealed and
/// a sealing step (one node, under the <see cref="Lease"/>) numbers them after commit in a fixed order
/// (time, then id) and links them. A row written directly into the database before it is sealed is
/// indistinguishable from the app's own: the chain proves the sealed rows, and sealing runs every minute.
/// </summary>
public static class AuditChain
{
    public const string Lease = "audit-chain";

    /// <summary>The hash before the first row ever.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private const int Batch = 2_000;

    /// <summary>
    /// Seals every row written so far, in batches, each batch one transaction that moves the head
    /// (a second sealer racing it finds the head moved and rolls back). Returns how many were sealed.
    /// Needs a system context; run it under the lease.
    /// </summary>
    public static async Task<int> SealAsync(CongressDbContext db, CancellationToken ct = default)
    {
        var sealedRows = 0;
        while (true)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var state = await StateAsync(db, ct);
            var rows = await db.AuditEntries.IgnoreQueryFilters().AsNoTracking().Where(a => a.Seq == null)
                .OrderBy(a => a.AtUtc).ThenBy(a => a.Id).Take(Batch).ToListAsync(ct);
            if (rows.Count == 0) return sealedRows;
            var (seq, hash) = (state.HeadSeq, state.HeadHash);
            foreach (var row in rows)
            {
                row.Seq = ++seq;
                row.PrevHash = hash;
                row.Hash = hash = HashOf(row);
            }
            var moved = await db.AuditChainStates.Where(s => s.Id == AuditChainState.SingleId && s.HeadSeq == state.HeadSeq)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.HeadSeq, seq).SetProperty(x => x.HeadHash, hash), ct);
            if (moved != 1) throw new InvalidOperationException("The audit chain's head moved while sealing: another sealer runs.");
            await WriteLinksAsync(db, rows, ct);
            await transaction.CommitAsync(ct);
            sealedRows += rows.Count;
        }
    }

    /// <summary>Walks the chain from the anchor to the head: the first row that breaks it, or OK.</summary>
    public static async Task<AuditVerification> VerifyAsync(CongressDbContext db, CancellationToken ct = default)
    {
        var state = await db.AuditChainStates.AsNoTracking().SingleOrDefaultAsync(s => s.Id == AuditChainState.SingleId, ct) ?? new AuditChainState();
        var unsealed = await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.Seq == null, ct);
        var (expected, previous, checkedRows) = (state.AnchorSeq + 1, state.AnchorHash, 0L);
        await foreach (var row in db.AuditEntries.IgnoreQueryFilters().AsNoTracking().Where(a => a.Seq != null).OrderBy(a => a.Seq).AsAsyncEnumerable().WithCancellation(ct))
        {
            var kind = row.Seq switch
            {
                var s when s < expected || s > state.HeadSeq => AuditBreakKind.Inserted,
                var s when s > expected => AuditBreakKind.Removed,
                _ when row.PrevHash != previous => AuditBreakKind.Relinked,
                _ when row.Hash != HashOf(row) => AuditBreakKind.Altered,
                _ => (AuditBreakKind?)null,
            };
            // A gap is reported at the first missing number: the row that should have been there.
            if (kind is { } k) return new(checkedRows, unsealed, new(k == AuditBreakKind.Removed ? expected : row.Seq!.Value, k == AuditBreakKind.Removed ? null : row.Id, k));
            (expected, previous) = (row.Seq!.Value + 1, row.Hash!);
            checkedRows++;
        }
        if (expected - 1 != state.HeadSeq || previous != state.HeadHash)
            return new(checkedRows, unsealed, new(expected, null, AuditBreakKind.Removed));
        return new(checkedRows, unsealed, null);
    }

    /// <summary>SHA-256 over the row's fields (each length-prefixed, null told from empty) and its previous hash.</summary>
    public static string HashOf(AuditEntry row)
    {
        var text = new StringBuilder();
        void Field(string? value) => text.Append(value is null ? "-1:" : $"{value.Length}:").Append(value).Append('|');
        Field(row.Seq?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field(row.Id.ToString("D"));
        // Ticks of the stored time: both providers read back what they stored (PostgreSQL keeps microseconds).
        Field(row.AtUtc.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field(row.UserId?.ToString("D"));
        Field(row.UserName);
        Field(row.TownshipId?.ToString("D"));
        Field(row.Action.ToString());
        Field(row.EntityType);
        Field(row.EntityKey);
        Field(row.Changes);
        Field(row.PrevHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    internal static async Task<AuditChainState> StateAsync(CongressDbContext db, CancellationToken ct)
    {
        if (await db.AuditChainStates.AsNoTracking().SingleOrDefaultAsync(s => s.Id == AuditChainState.SingleId, ct) is { } state) return state;
        db.AuditChainStates.Add(state = new AuditChainState());
        await db.SaveChangesAsync(ct);
        db.Entry(state).State = EntityState.Detached;
        return state;
    }

    // One prepared UPDATE re-bound per row (column names and value types from the EF model, as BulkInsert does).
    private static async Task WriteLinksAsync(CongressDbContext db, List<AuditEntry> rows, CancellationToken ct)
    {
        var type = db.Model.FindEntityType(typeof(AuditEntry))!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = new[] { nameof(AuditEntry.Seq), nameof(AuditEntry.PrevHash), nameof(AuditEntry.Hash), nameof(AuditEntry.Id) }
            .Select(n => type.FindProperty(n)!).ToArray();
        string Column(int i) => sql.DelimitIdentifier(columns[i].GetColumnName(table)!);
        string Parameter(int i) => sql.GenerateParameterNamePlaceholder($"p{i}");
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = $"UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} SET {Column(0)} = {Parameter(0)}, {Column(1)} = {Parameter(1)}, "
            + $"{Column(2)} = {Parameter(2)} WHERE {Column(3)} = {Parameter(3)} AND {Column(0)} IS NULL";
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            object?[] values = [row.Seq, row.PrevHash, row.Hash, row.Id];
            for (var i = 0; i < columns.Length; i++)
                command.Parameters.Add(columns[i].GetRelationalTypeMapping().CreateParameter(command, $"p{i}", values[i], columns[i].IsNullable));
            if (await command.ExecuteNonQueryAsync(ct) != 1)
                throw new InvalidOperationException($"Audit row {row.Id} was sealed or removed while sealing.");
        }
    }
}

public enum AuditBreakKind
{
    /// <summary>A row's fields no longer give its hash.</summary>
    Altered,
    /// <summary>A row's link does not name the row before it.</summary>
    Relinked,
    /// <summary>A number of the chain is missing (a row deleted), or its last rows are.</summary>
    Removed,
    /// <summary>A row sits outside the chain's range (before the anchor or past the head).</summary>
    Inserted,
}

/// <summary>Where the chain breaks: the chain number, the row when it exists, and how.</summary>
public sealed record AuditBreak(long Seq, Guid? RowId, AuditBreakKind Kind);

/// <summary>The result of <see cref="AuditChain.VerifyAsync"/>.</summary>
public sealed record AuditVerification(long CheckedRows, int UnsealedRows, AuditBreak? FirstBreak)
{
    public bool Ok => FirstBreak is null;

    /// <summary>One line for the operator: OK with the counts, or the first broken row.</summary>
    public string Describe() => FirstBreak switch
    {
        null => string.Format(ModelText.AuditChain_Ok, CheckedRows, UnsealedRows),
        { Kind: AuditBreakKind.Removed } b => string.Format(ModelText.AuditChain_Removed, b.Seq),
        { Kind: AuditBreakKind.Altered } b => string.Format(ModelText.AuditChain_Altered, b.Seq, b.RowId),
        { Kind: AuditBreakKind.Relinked } b => string.Format(ModelText.AuditChain_Relinked, b.Seq, b.RowId),
        var b => string.Format(ModelText.AuditChain_Inserted, b.Seq, b.RowId),
    };
}
