using Township.Congress.Data;
using Township.Congress.Security;
using Township.Congress.Servers;
using Township.Congress.Suggestions;

namespace Township.Congress.Web.Features.Suggestions;

/// <summary>
/// Once at start and then every hour: notify the township, the unit and the county of items that
/// became overdue. On a server of several app nodes only the holder of the job's lease runs it
/// (<see cref="JobLeases"/>); the lease outlives one period, so the holder keeps it while alive.
/// </summary>
public sealed class OverdueReminderJob(
    Microsoft.EntityFrameworkCore.DbContextOptions<CongressDbContext> options, TimeProvider clock, ILogger<OverdueReminderJob> log)
    : BackgroundService
{
    public const string Lease = "overdue-reminders";
    private static readonly TimeSpan Period = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        do
        {
            try
            {
                await using var db = new CongressDbContext(options, TownshipScope.System("overdue-reminder"), clock);
                if (!await JobLeases.TryAcquireAsync(db, Lease, JobLeases.ThisNode, Period + TimeSpan.FromMinutes(10), stoppingToken))
                    continue;
                var count = await SuggestionReminders.NotifyOverdueAsync(db, stoppingToken);
                if (count > 0) log.LogInformation("Overdue reminders sent for {Count} items", count);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may still be migrating at start-up; the next tick tries again.
                log.LogWarning(e, "Overdue reminder run failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
