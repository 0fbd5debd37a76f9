using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Township.Congress.Model;

namespace Township.Congress.Data;

/// <summary>
/// Many new records written at once, for imports of thousands of rows. The change tracker costs
/// tens of microseconds per record and per audit row (tracking, detecting changes, building one
/// command per row): for an import of 2,000 items with their signers and timeline that is seconds,
/// all spent inside the write. Here the records get the checks of every save (the scope and the
/// audit row of <see cref="ChangeGuard"/>, the stored limits of <see cref="ModelLimits"/>) before
/// any transaction opens, and are then written from the EF model (table, column names and each
/// column's type mapping, so enums and dates are stored exactly as a save stores them): one prepared
/// INSERT per row on SQLite, one binary COPY per table on PostgreSQL, all in one transaction: all or nothing, and SQLite's write lock is held for
/// the INSERTs alone. The records are not tracked afterwards.
/// </summary>
public static class BulkInsert
{
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
        var columns = type.GetProperties().Select(p => (Property: p, Mapping: p.GetRelationalTypeMapping(), Getter: p.GetGetter())).ToList();
        var into = $"{sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)))})";
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        // The parameters are made once, from the column's type mapping, so each carries the provider type a save
        // would give it; each row then only sets their values, converted as the mapping converts them.
        // On SQLite the parameter is named as the statement names it ("@p0"): a bare "p0" is found only after a search under
        // each prefix, four lookups by name per column and row, which was half of the whole import.
        var sqlite = command is not NpgsqlCommand;
        for (var c = 0; c < columns.Count; c++)
            command.Parameters.Add(columns[c].Mapping.CreateParameter(command, sqlite ? sql.GenerateParameterNamePlaceholder($"p{c}") : $"p{c}", null,
                columns[c].Property.IsNullable));

        if (command is NpgsqlCommand npgsql)
        {
            await CopyAsync((NpgsqlConnection)npgsql.Connection!, into, columns.Select(c => (c.Mapping, c.Getter)).ToList(), npgsql.Parameters, rows, ct);
            return;
        }
        // SQLite runs in-process: one prepared single-row statement executed per row is fastest (it binds
        // each parameter by a search of the statement's names, so long statements cost the square of
        // their parameters). The text never changes, so the statement stays prepared row after row, and when
        // every column's form is known it runs on SQLite's own API, bound by position (SqliteRowWriter).
        command.CommandText = $"INSERT INTO {into} VALUES ({string.Join(", ", columns.Select((_, c) => sql.GenerateParameterNamePlaceholder($"p{c}")))})";
        var bindings = columns.Select(col => SqliteRowWriter.BindingOf(col.Mapping.Converter?.ProviderClrType ?? col.Mapping.ClrType)).ToList();
        if (bindings.All(b => b is not null))
        {
            SqliteRowWriter.Insert((Microsoft.Data.Sqlite.SqliteConnection)command.Connection!, command.CommandText, bindings.Select(b => b!.Value).ToList(),
                rows, (row, c) => StoreValue(columns[c].Mapping, columns[c].Getter, row), ct);
            return;
        }
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Count; c++) command.Parameters[c].Value = StoreValue(columns[c].Mapping, columns[c].Getter, row);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// PostgreSQL is a round trip away and parses every statement: one binary COPY per table streams all its rows
    /// (inside the open transaction, so a failure still rolls everything back), typed as the parameters a save would send.
    /// </summary>
    private static async Task CopyAsync(NpgsqlConnection connection, string into, List<(RelationalTypeMapping Mapping, IClrPropertyGetter Getter)> columns,
        NpgsqlParameterCollection prototypes, List<object> rows, CancellationToken ct)
    {
        var types = prototypes.Select(p => p.NpgsqlDbType).ToList();
        await using var copy = await connection.BeginBinaryImportAsync($"COPY {into} FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await copy.StartRowAsync(ct);
            for (var c = 0; c < columns.Count; c++)
            {
                var value = StoreValue(columns[c].Mapping, columns[c].Getter, row);
                if (value is DBNull) await copy.WriteNullAsync(ct);
                else if (types[c] == NpgsqlDbType.Unknown) await copy.WriteAsync(value, ct);
                else await copy.WriteAsync(value, types[c], ct);
            }
        }
        await copy.CompleteAsync(ct);
    }

    /// <summary>The value as the database stores it: through the mapping's converter (enums as text…), null as DBNull.</summary>
    private static object StoreValue(RelationalTypeMapping mapping, IClrPropertyGetter getter, object row)
    {
        var value = getter.GetClrValueUsingContainingEntity(row);
        if (value is not null && mapping.Converter is { } converter) value = converter.ConvertToProvider(value);
        return value ?? DBNull.Value;
    }
}
