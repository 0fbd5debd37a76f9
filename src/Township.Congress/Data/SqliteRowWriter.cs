using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Township.Congress.Data;

/// <summary>
/// One prepared INSERT run row after row on SQLite's own API, for <see cref="BulkInsert"/>. Through
/// Microsoft.Data.Sqlite every execution binds each parameter by searching the statement for its name (a
/// UTF-8 copy of the name and a scan per column and row) and builds a data reader: for the suggestion
/// import that was a third of the time. Here each value is bound by position, written exactly as
/// Microsoft.Data.Sqlite writes it (the formats below are its own), and only for the types whose form is
/// certain; a table with any other column is written the ordinary way (<see cref="BindingOf"/> is null).
/// </summary>
internal static class SqliteRowWriter
{
    /// <summary>How one column is bound: its storage class and, for text, the form of the value.</summary>
    internal enum Binding { Text, GuidText, Integer, Real, DecimalText, DateText, DateTimeText, Blob }

    /// <summary>
    /// The binding of a column by its provider type (after the EF converter), or null when it is not one written here.
    /// Microsoft.Data.Sqlite picks the storage class from the value's type (EF's SQLite mappings set none of their own),
    /// and so does this; BulkInsertTests compares the stored rows with a save's.
    /// </summary>
    internal static Binding? BindingOf(Type providerType)
    {
        var type = Nullable.GetUnderlyingType(providerType) ?? providerType;
        if (type == typeof(string)) return Binding.Text;
        if (type == typeof(Guid)) return Binding.GuidText;
        if (type == typeof(bool) || type == typeof(byte) || type == typeof(short) || type == typeof(int) || type == typeof(long)) return Binding.Integer;
        if (type == typeof(double) || type == typeof(float)) return Binding.Real;
        if (type == typeof(decimal)) return Binding.DecimalText;
        if (type == typeof(DateOnly)) return Binding.DateText;
        if (type == typeof(DateTime)) return Binding.DateTimeText;
        if (type == typeof(byte[])) return Binding.Blob;
        return null;
    }

    /// <summary>Runs <paramref name="sql"/> (one row's INSERT, parameters in column order) once per row of values.</summary>
    public static void Insert(SqliteConnection connection, string sql, IReadOnlyList<Binding> bindings, IEnumerable<object> rows,
        Func<object, int, object> valueOf, CancellationToken ct)
    {
        var handle = connection.Handle!;
        var rc = raw.sqlite3_prepare_v2(handle, sql, out var statement);
        SqliteException.ThrowExceptionForRC(rc, handle);
        using (statement)
        {
            var scratch = new byte[1024];
            foreach (var row in rows)
            {
                ct.ThrowIfCancellationRequested();
                for (var c = 0; c < bindings.Count; c++) Bind(statement, handle, c + 1, bindings[c], valueOf(row, c), ref scratch);
                rc = raw.sqlite3_step(statement);
                raw.sqlite3_reset(statement);
                if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, handle);
            }
        }
    }

    private static void Bind(sqlite3_stmt statement, sqlite3 handle, int index, Binding binding, object value, ref byte[] scratch)
    {
        var rc = value is DBNull ? raw.sqlite3_bind_null(statement, index) : binding switch
        {
            Binding.Text => BindText(statement, index, (string)value, ref scratch),
            // Microsoft.Data.Sqlite's forms, so a bulk-inserted row reads and compares like a saved one.
            Binding.GuidText => BindGuid(statement, index, (Guid)value),
            Binding.Integer => raw.sqlite3_bind_int64(statement, index, value is bool b ? (b ? 1 : 0) : Convert.ToInt64(value, CultureInfo.InvariantCulture)),
            Binding.Real => raw.sqlite3_bind_double(statement, index, Convert.ToDouble(value, CultureInfo.InvariantCulture) is var d && double.IsNaN(d)
                ? throw new InvalidOperationException("NaN cannot be stored.") : d),
            Binding.DecimalText => BindFormatted(statement, index, (decimal)value, "0.0###########################"),
            Binding.DateText => BindFormatted(statement, index, (DateOnly)value, @"yyyy\-MM\-dd"),
            Binding.DateTimeText => BindFormatted(statement, index, (DateTime)value, @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF"),
            Binding.Blob => raw.sqlite3_bind_blob(statement, index, (byte[])value),
            _ => throw new InvalidOperationException($"No binding {binding}."),
        };
        SqliteException.ThrowExceptionForRC(rc, handle);
    }

    // The text is encoded into one buffer reused row after row (SQLite copies a bound text: SQLITE_TRANSIENT),
    // where binding the string would allocate a UTF-8 copy of every value.
    private static int BindText(sqlite3_stmt statement, int index, string value, ref byte[] scratch)
    {
        // An empty span is pinned as a null pointer, which SQLite binds as NULL: "" goes the string's way.
        if (value.Length == 0) return raw.sqlite3_bind_text(statement, index, value);
        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (most > scratch.Length) scratch = new byte[Math.Max(most, 2 * scratch.Length)];
        var length = Encoding.UTF8.GetBytes(value, scratch);
        return raw.sqlite3_bind_text(statement, index, scratch.AsSpan(0, length));
    }

    /// <summary>A Guid as Microsoft.Data.Sqlite stores it: upper-case "D" text (ToString().ToUpperInvariant(), without the two strings).</summary>
    private static int BindGuid(sqlite3_stmt statement, int index, Guid value)
    {
        Span<byte> text = stackalloc byte[36];
        value.TryFormat(text, out _, "D");
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is >= (byte)'a' and <= (byte)'f') text[i] -= 'a' - 'A';
        }
        return raw.sqlite3_bind_text(statement, index, text);
    }

    private static int BindFormatted<T>(sqlite3_stmt statement, int index, T value, string format) where T : IUtf8SpanFormattable
    {
        Span<byte> text = stackalloc byte[64];
        if (!value.TryFormat(text, out var length, format, CultureInfo.InvariantCulture)) throw new InvalidOperationException($"{value} does not fit 64 bytes.");
        return raw.sqlite3_bind_text(statement, index, text[..length]);
    }
}
