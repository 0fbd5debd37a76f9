using Township.Congress.Auditing;
using Township.Congress.Data;
using Township.Congress.Security;
using Township.Congress.Servers;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Infrastructure;

/// <summary>
/// The app's maintenance verbs, run instead of the server: <c>backup FILE</c>, <c>restore FILE --yes</c>,
/// <c>verify-audit</c> (see docs/county-server.md). They read the app's own configuration, so they act on the
/// database the app uses; the work is in the model (<see cref="DatabaseBackup"/>, <see cref="AuditChain"/>).
/// </summary>
public static class MaintenanceCommands
{
    private static readonly string[] Verbs = ["backup", "restore", "verify-audit"];

    public static bool Handles(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    /// <summary>Runs the verb in <paramref name="args"/>[0]; the exit code: 0 done, 1 failed or audit broken, 2 usage.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        // Only --key=value style settings go to the configuration; the verb and its file do not.
        var settings = args.Skip(1).Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray();
        var config = WebApplication.CreateBuilder(settings).Configuration;
        var database = ServiceSetup.DatabaseFrom(config);
        var operands = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        try
        {
            switch (args[0])
            {
                case "backup" when operands.Count == 1:
                    await new DatabaseBackup(database.Provider, database.ConnectionString, config["Backup:PgBin"]).BackupAsync(operands[0]);
                    output.WriteLine(string.Format(UiText.Maintenance_BackedUp, Path.GetFullPath(operands[0])));
                    return 0;
                case "restore" when operands.Count == 1 && !args.Contains("--yes"):
                    output.WriteLine(string.Format(UiText.Maintenance_RestoreConfirm, Path.GetFullPath(operands[0])));
                    return 2;
                case "restore" when operands.Count == 1:
                    await new DatabaseBackup(database.Provider, database.ConnectionString, config["Backup:PgBin"]).RestoreAsync(operands[0]);
                    output.WriteLine(string.Format(UiText.Maintenance_Restored, Path.GetFullPath(operands[0])));
                    return 0;
                case "verify-audit" when operands.Count == 0:
                    return await VerifyAuditAsync(CongressDatabase.BuildOptions(database.Provider, database.ConnectionString), output);
                default:
                    output.WriteLine(UiText.Maintenance_Usage);
                    return 2;
            }
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or InvalidDataException or Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException)
        {
            output.WriteLine(string.Format(UiText.Maintenance_Failed, args[0], e.Message));
            return 1;
        }
    }

    /// <summary>Seals what is not yet sealed (unless a running app holds the lease and does it), then walks the chain.</summary>
    public static async Task<int> VerifyAuditAsync(Microsoft.EntityFrameworkCore.DbContextOptions<CongressDbContext> options, TextWriter output)
    {
        await using var db = new CongressDbContext(options, TownshipScope.System("verify-audit"));
        if (await JobLeases.TryAcquireAsync(db, AuditChain.Lease, JobLeases.ThisNode, TimeSpan.FromMinutes(10)))
        {
            try
            {
                output.WriteLine(string.Format(UiText.Maintenance_Sealed, await AuditChain.SealAsync(db)));
            }
            finally
            {
                await JobLeases.ReleaseAsync(db, AuditChain.Lease, JobLeases.ThisNode);
            }
        }
        else output.WriteLine(UiText.Maintenance_SealBusy);
        var result = await AuditChain.VerifyAsync(db);
        output.WriteLine(result.Describe());
        return result.Ok ? 0 : 1;
    }
}
