using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Township.Congress.Model;

namespace Township.Congress.Data;

/// <summary>
/// Many new records written at once, for imports of thousands of rows. The change tracker costs
/// tens of microseconds per record and per audit row (tracking, detecting changes, building one
/// command per row): for an import of 2,000 items with their signers and timeline that is seconds,
/// all spent inside the write. Here the records get the checks of every save (the scope and the
/// audit row of <see cref="ChangeGuard"/>, the stored limits of <see cref="ModelLimits"/>) before
/// any transaction opens, and are then written as INSERTs built from the EF model
/// (table, column names and each column's type mapping, so enums and dates are stored exactly as
/// a save stores them), all in one transaction: all or nothing, and SQLite's write lock is held for
/// the INSERTs alone. The records are not tracked afterwards.
/// </summary>
public static class BulkInsert
{
    /// <summary>Parameters per multi-row statement (PostgreSQL allows 65,535).</summary>
    private const int MaxParameters = 1_000;

    /// <summary>
    /// Inserts <paramref name="records"/>, grouped by type in the order each type first appears
    /// (give parents before the rows that refer to them). Throws like a save: access denied, or
    /// <see cref="DomainValidationException"/> before anything is written; a failed INSERT rolls
    /// everything back and rethrows.
    /// </summary>
    public static async Task InsertManyAsync(this CongressDbContext db, IEnumerable<Entity> records, CancellationToken ct = default)
    {
        var typed = records.Select(r => (Entity: r, Type: db.Model.FindEntityType(r.GetType())
            ?? throw new InvalidOperationException($"{r.GetType().Name} is not an entity of the model."))).ToList();
        var audits = ChangeGuard.PrepareInserts(db, typed);
        ModelLimits.CheckInserts(typed);
        var tables = typed.GroupBy(r => r.Type).Select(g => (Type: g.Key, Rows: g.Select(r => (object)r.Entity).ToList())).ToList();
        if (audits.Count > 0) tables.Add((db.Model.FindEntityType(typeof(Auditing.AuditEntry))!, audits.Cast<object>().ToList()));

        var owned = db.Database.CurrentTransaction is null;
        var transaction = owned ? await db.Database.BeginTransactionAsync(ct) : db.Database.CurrentTransaction!;
        try
        {
            foreach (var (type, rows) in tables) await InsertTableAsync(db, type, rows, ct);
            if (owned) await transaction.CommitAsync(ct);
        }
        catch
        {
            if (owned) await transaction.RollbackAsync(CancellationToken.None);
            throw;
        }
        finally
        {
            if (owned) await transaction.DisposeAsync();
        }
    }

    private static async Task InsertTableAsync(CongressDbContext db, IEntityType type, List<object> rows, CancellationToken ct)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = type.GetProperties().Select(p => (Property: p, Mapping: p.GetRelationalTypeMapping())).ToList();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)))}) VALUES ";
        // SQLite runs in-process: one prepared single-row statement executed per row is fastest (and
        // it binds each parameter by a linear search of the statement's names, so long statements
        // cost the square of their parameters). PostgreSQL is a round trip away: many rows per statement.
        var perStatement = db.Database.IsSqlite() ? 1 : Math.Max(1, MaxParameters / columns.Count);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        var text = new StringBuilder();
        for (var start = 0; start < rows.Count; start += perStatement)
        {
            var count = Math.Min(perStatement, rows.Count - start);
            text.Clear().Append(head);
            command.Parameters.Clear();
            for (var r = 0; r < count; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var (property, mapping) = columns[c];
                    var name = $"p{command.Parameters.Count}";
                    var value = property.GetGetter().GetClrValueUsingContainingEntity(rows[start + r]);
                    command.Parameters.Add(mapping.CreateParameter(command, name, value, property.IsNullable));
                    text.Append(c == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                }
                text.Append(')');
            }
            // Unchanged text keeps the statement prepared: SQLite re-binds it row after row.
            var statement = text.ToString();
            if (command.CommandText != statement) command.CommandText = statement;
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
