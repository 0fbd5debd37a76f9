using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using Township.Congress.Data;

namespace Township.Congress.Servers;

/// <summary>
/// Backs the whole database up to one file and restores it. Attached files are stored in the
/// database, so the file holds them too. SQLite: the online backup API, which copies a consistent
/// snapshot while the app keeps writing (a file copy of a live database in WAL mode can miss the
/// committed pages still in the -wal file, or tear). PostgreSQL: <c>pg_dump -Fc</c> and
/// <c>pg_restore --clean --if-exists</c>, from <see cref="PostgresTools"/>. Restore into a stopped app.
/// </summary>
public sealed class DatabaseBackup(DatabaseProvider provider, string connectionString, string? pgBin = null)
{
    public async Task BackupAsync(string file, CancellationToken ct = default)
    {
        var full = Path.GetFullPath(file);
        if (Path.GetDirectoryName(full) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
        if (provider == DatabaseProvider.Sqlite)
        {
            // The backup API writes into a database, so start from none: an old file at the path is replaced whole.
            var partial = full + ".partial";
            File.Delete(partial);
            await using (var source = await OpenSqliteAsync(connectionString, mustExist: true, ct))
            await using (var target = await OpenSqliteAsync($"Data Source={partial};Pooling=False", mustExist: false, ct))
            {
                source.BackupDatabase(target);
                await EnsureIntactAsync(target, ct);
                // A backup is one self-contained file: no -wal beside it to lose on the way to the shelf.
                await using var journal = target.CreateCommand();
                journal.CommandText = "PRAGMA journal_mode=DELETE;";
                await journal.ExecuteNonQueryAsync(ct);
            }
            File.Move(partial, full, overwrite: true);
            return;
        }
        await RunAsync("pg_dump", ["--format=custom", "--no-owner", "--file", full], ct);
    }

    /// <summary>Replaces the database's content with the backup's. The app must not be running on it.</summary>
    public async Task RestoreAsync(string file, CancellationToken ct = default)
    {
        var full = Path.GetFullPath(file);
        if (!File.Exists(full)) throw new FileNotFoundException($"No backup at {full}.", full);
        if (provider == DatabaseProvider.Sqlite)
        {
            await using var source = await OpenSqliteAsync($"Data Source={full};Mode=ReadOnly;Pooling=False", mustExist: true, ct);
            await EnsureIntactAsync(source, ct);
            // Through the target's own connection, so its -wal file is taken into account instead of left stale beside a copied file.
            await using var target = await OpenSqliteAsync(connectionString, mustExist: false, ct);
            source.BackupDatabase(target);
            await using var wal = target.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            await wal.ExecuteNonQueryAsync(ct);
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await RunAsync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", "--dbname", Database(), full], ct);
    }

    private static async Task<SqliteConnection> OpenSqliteAsync(string cs, bool mustExist, CancellationToken ct)
    {
        var builder = new SqliteConnectionStringBuilder(cs);
        if (mustExist && !File.Exists(Path.GetFullPath(builder.DataSource)))
            throw new FileNotFoundException($"No SQLite database at {Path.GetFullPath(builder.DataSource)}.");
        var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(ct);
        return connection;
    }

    private static async Task EnsureIntactAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check;";
        var result = (string?)await check.ExecuteScalarAsync(ct);
        if (result != "ok") throw new InvalidDataException($"{connection.DataSource}: integrity_check says {result}.");
    }

    private string Database() => new NpgsqlConnectionStringBuilder(connectionString).Database
        ?? throw new InvalidOperationException("ConnectionStrings:Congress names no Database.");

    // The connection goes to the tools through the environment (PGHOST…), so the password never shows in a process list.
    private async Task RunAsync(string tool, string[] arguments, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(PostgresTools.Find(tool, pgBin)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["PGHOST"] = cs.Host ?? "localhost";
        start.Environment["PGPORT"] = cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = Database();
        if (cs.Username is { } user) start.Environment["PGUSER"] = user;
        if (cs.Password is { } password) start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        await output;
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {(await errors).Trim()}");
    }
}

/// <summary>Where pg_dump and pg_restore are: <c>Backup:PgBin</c>, else $PGBIN, else the newest Debian install, else PATH.</summary>
public static class PostgresTools
{
    public static string Find(string tool, string? configured = null)
    {
        foreach (var folder in new[] { configured, Environment.GetEnvironmentVariable("PGBIN") })
            if (!string.IsNullOrEmpty(folder) && File.Exists(Path.Combine(folder, tool))) return Path.Combine(folder, tool);
        const string debian = "/usr/lib/postgresql";
        if (Directory.Exists(debian))
        {
            var newest = Directory.GetDirectories(debian)
                .Select(d => (Dir: d, Version: int.TryParse(Path.GetFileName(d), out var v) ? v : -1))
                .OrderByDescending(d => d.Version).Select(d => Path.Combine(d.Dir, "bin", tool)).FirstOrDefault(File.Exists);
            if (newest is not null) return newest;
        }
        return tool;
    }
}
