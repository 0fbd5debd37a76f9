using System.Diagnostics;
using Npgsql;

namespace Township.Congress.Benchmarks;

/// <summary>
/// Lifts the foreign keys and secondary indexes of the tables a national load COPYs into, and puts them back afterwards.
/// With them in place a COPY of 20,000,000 attendance rows queues one foreign-key check per row and maintains its btrees
/// row by row (the first scale-1 load stalled on exactly that); re-added afterwards, each foreign key is checked in one join and
/// each index built in one sort. The definitions are read from the catalog (pg_get_constraintdef, pg_get_indexdef) right after
/// the migrations, so the schema ends exactly as the migrations made it, which <see cref="VerifyAsync"/> checks.
/// </summary>
public sealed class NationalScaleSchema
{
    private readonly List<(string Table, string Name, string Definition)> foreignKeys = [];
    private readonly List<(string Name, string Definition)> indexes = [];
    private IReadOnlySet<string> migrated = new HashSet<string>();

    /// <summary>Reads the whole schema's constraints and indexes, then drops the lifted ones on <paramref name="tables"/>.</summary>
    public static async Task<NationalScaleSchema> LiftAsync(NpgsqlConnection conn, IReadOnlyCollection<string> tables, TextWriter log)
    {
        var schema = new NationalScaleSchema { migrated = await SnapshotAsync(conn) };
        await using (var read = new NpgsqlCommand("""
            SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
            FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
            WHERE c.contype = 'f' AND t.relname = ANY(@tables) AND t.relnamespace = 'public'::regnamespace
            ORDER BY 1, 2
            """, conn))
        {
            read.Parameters.AddWithValue("tables", tables.ToArray());
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync()) schema.foreignKeys.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }
        // Indexes that back no constraint (primary keys and unique constraints stay: other tables' keys may point at them).
        await using (var read = new NpgsqlCommand("""
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = 'public' AND i.tablename = ANY(@tables)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)
            ORDER BY 1
            """, conn))
        {
            read.Parameters.AddWithValue("tables", tables.ToArray());
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync()) schema.indexes.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var (table, name, _) in schema.foreignKeys) await ExecuteAsync(conn, $"""ALTER TABLE {table} DROP CONSTRAINT "{name}" """);
        foreach (var (name, _) in schema.indexes) await ExecuteAsync(conn, $"""DROP INDEX "{name}" """);
        log.WriteLine($"lifted {schema.foreignKeys.Count} foreign keys and {schema.indexes.Count} indexes on {string.Join(", ", tables)}");
        return schema;
    }

    /// <summary>Rebuilds the indexes (one sort each), re-adds the foreign keys (one validating join each), then verifies.</summary>
    public async Task RestoreAsync(NpgsqlConnection conn, TextWriter log)
    {
        // Session settings only: the sorts and the validating joins get memory enough to stay off the disk.
        await ExecuteAsync(conn, "SET maintenance_work_mem = '1GB'; SET work_mem = '256MB'");
        var watch = Stopwatch.StartNew();
        foreach (var (name, definition) in indexes)
        {
            var one = Stopwatch.StartNew();
            await ExecuteAsync(conn, definition);
            log.WriteLine($"  index {name}: {one.Elapsed.TotalSeconds:N1} s");
        }
        log.WriteLine($"indexes rebuilt: {indexes.Count} in {watch.Elapsed.TotalSeconds:N1} s");
        watch.Restart();
        foreach (var (table, name, definition) in foreignKeys)
        {
            var one = Stopwatch.StartNew();
            await ExecuteAsync(conn, $"""ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}""");
            log.WriteLine($"  foreign key {name}: {one.Elapsed.TotalSeconds:N1} s");
        }
        log.WriteLine($"foreign keys validated: {foreignKeys.Count} in {watch.Elapsed.TotalSeconds:N1} s");
        await VerifyAsync(conn);
    }

    /// <summary>Throws unless every constraint and index the migrations made is back, with the same definition, and validated.</summary>
    public async Task VerifyAsync(NpgsqlConnection conn)
    {
        var now = await SnapshotAsync(conn);
        var missing = migrated.Except(now).ToList();
        var extra = now.Except(migrated).ToList();
        if (missing.Count > 0 || extra.Count > 0)
            throw new InvalidOperationException($"The schema after the load differs from the migrated one. Missing: {string.Join("; ", missing)}. Extra: {string.Join("; ", extra)}");
    }

    /// <summary>Every constraint (with whether it is validated) and index of the public schema, as text.</summary>
    public static async Task<IReadOnlySet<string>> SnapshotAsync(NpgsqlConnection conn)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        await using var read = new NpgsqlCommand("""
            SELECT 'constraint ' || c.conrelid::regclass::text || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid) || CASE WHEN c.convalidated THEN '' ELSE ' NOT VALID' END
            FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid WHERE t.relnamespace = 'public'::regnamespace
            UNION ALL
            SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
            """, conn);
        await using var reader = await read.ExecuteReaderAsync();
        while (await reader.ReadAsync()) all.Add(reader.GetString(0));
        return all;
    }

    private static async Task ExecuteAsync(NpgsqlConnection conn, string sql)
    {
        await using var command = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
