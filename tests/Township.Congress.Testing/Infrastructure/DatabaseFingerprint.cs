using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;

namespace Township.Congress.Testing.Infrastructure;

/// <summary>
/// Every table of a database as its row count and a SHA-256 over all its rows, every column (bytes
/// included, so attached files count), rows in a fixed order: two databases with equal fingerprints
/// hold the same data. Tables are read from the database's own catalogue, not the EF model, so
/// the migrations history and the identity tables count too.
/// </summary>
public static class DatabaseFingerprint
{
    public static async Task<SortedDictionary<string, (long Rows, string Hash)>> OfAsync(CongressDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var tables = await ListAsync(connection, db.Database.IsSqlite()
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
            var result = new SortedDictionary<string, (long, string)>(StringComparer.Ordinal);
            foreach (var table in tables)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM \"{table}\"";
                var rows = new List<string>();
                await using (var reader = await command.ExecuteReaderAsync())
                {
                    while (await reader.ReadAsync())
                    {
                        var row = new StringBuilder();
                        for (var i = 0; i < reader.FieldCount; i++)
                            row.Append(reader.GetName(i)).Append('=').Append(Show(reader.IsDBNull(i) ? null : reader.GetValue(i))).Append('\u001f');
                        rows.Add(row.ToString());
                    }
                }
                // Ordered by the whole row: a key is one of its columns, and this needs no key per table.
                rows.Sort(StringComparer.Ordinal);
                result[table] = (rows.Count, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows)))));
            }
            return result;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "∅",
        byte[] bytes => Convert.ToHexString(bytes),
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static async Task<List<string>> ListAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        return names;
    }
}
