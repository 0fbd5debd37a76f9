using Microsoft.EntityFrameworkCore;
using Township.Congress.Auditing;
using Township.Congress.Data;
using Township.Congress.Security;
using Township.Congress.Servers;

namespace Township.Congress.Web.Infrastructure;

/// <summary>
/// Every <see cref="AuditOptions.SealSeconds"/>: seals the audit rows written since the last run into
/// the chain; once a day (the first run an hour after start): deletes the rows past
/// <see cref="AuditOptions.RetentionDays"/>. One node of a county server does it, the holder of the
/// <see cref="AuditChain.Lease"/>, which it keeps while alive (the lease outlives three periods).
/// </summary>
public sealed class AuditChainJob(DbContextOptions<CongressDbContext> options, AuditOptions settings, TimeProvider clock, ILogger<AuditChainJob> log)
    : BackgroundService
{
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(Math.Max(1, settings.SealSeconds));
        if (settings.RetentionDays < AuditOptions.MinimumRetentionDays)
            log.LogWarning("Audit:RetentionDays {Days} is below the minimum; {Minimum} days are kept", settings.RetentionDays, AuditOptions.MinimumRetentionDays);
        var nextPurge = clock.GetUtcNow() + TimeSpan.FromHours(1);
        using var timer = new PeriodicTimer(period, clock);
        do
        {
            try
            {
                await using var db = new CongressDbContext(options, TownshipScope.System("audit-chain"), clock);
                if (!await JobLeases.TryAcquireAsync(db, AuditChain.Lease, JobLeases.ThisNode, 3 * period + TimeSpan.FromSeconds(30), stoppingToken))
                    continue;
                await AuditChain.SealAsync(db, stoppingToken);
                if (clock.GetUtcNow() < nextPurge) continue;
                var purge = await AuditRetention.PurgeAsync(db, settings.RetentionDays, stoppingToken);
                nextPurge = clock.GetUtcNow() + PurgeEvery;
                if (purge.Deleted > 0) log.LogInformation("Audit retention deleted {Count} rows written before {Before:u}", purge.Deleted, purge.BeforeUtc);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be away or still migrating; the next tick tries again.
                log.LogWarning(e, "Audit chain run failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
