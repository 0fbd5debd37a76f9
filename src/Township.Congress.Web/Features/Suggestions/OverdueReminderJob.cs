using Township.Congress.Data;
using Township.Congress.Security;
using Township.Congress.Suggestions;

namespace Township.Congress.Web.Features.Suggestions;

/// <summary>Once at start and then every hour: notify the township, the unit and the county of items that became overdue.</summary>
public sealed class OverdueReminderJob(
    Microsoft.EntityFrameworkCore.DbContextOptions<CongressDbContext> options, TimeProvider clock, ILogger<OverdueReminderJob> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                await using var db = new CongressDbContext(options, TownshipScope.System("overdue-reminder"), clock);
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
