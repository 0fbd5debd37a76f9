using Township.Congress.Data;
using Township.Congress.Figures;
using Township.Congress.Formatting;
using Township.Congress.Security;
using Township.Congress.Servers;
using Township.Congress.Web.Components.Shared;

namespace Township.Congress.Web.Features.Dashboards;

/// <summary>
/// Keeps the rolled-up figures (<see cref="FigureRollups"/>) at most 5 minutes old: once at start-up every year the dashboards
/// offer, then every <see cref="Period"/> this year and the last (the years whose records still change), and every year again
/// each <see cref="FullEvery"/> runs. Each run recomputes only the townships with changes since their rows, and one part in
/// <see cref="FullEvery"/> of the others (<see cref="FigureRollups.RefreshChangedAsync"/>): recomputing every township takes
/// about an hour at national scale. On a server of several app nodes only the holder of the job's lease runs it.
/// </summary>
public sealed class FigureRollupJob(
    Microsoft.EntityFrameworkCore.DbContextOptions<CongressDbContext> options, TimeProvider clock, ILogger<FigureRollupJob> log)
    : BackgroundService
{
    public const string Lease = "figure-rollups";
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(4);
    private const int FullEvery = 12;

    /// <summary>The configuration switch (default on); the HTTP tests turn it off and refresh when they choose.</summary>
    public const string Setting = "Figures:RollupJob";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        var run = 0;
        do
        {
            try
            {
                await using var db = new CongressDbContext(options, TownshipScope.System("figure-rollups"), clock);
                if (!await JobLeases.TryAcquireAsync(db, Lease, JobLeases.ThisNode, Period + Period, stoppingToken)) continue;
                var current = ChineseDate.TodayInChina(clock).Year;
                var years = run++ % FullEvery == 0 ? ListYears.Around(current) : [current, current - 1];
                var started = clock.GetTimestamp();
                var done = await FigureRollups.RefreshChangedAsync(db, years, (run, FullEvery), stoppingToken);
                log.LogInformation("Figure rollups refreshed for {Years}: {Recomputed} townships recomputed ({Rows} rows), {Confirmed} rows confirmed, in {Elapsed}",
                    string.Join(",", years), done.Recomputed, done.RowsWritten, done.Confirmed, clock.GetElapsedTime(started));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick tries again; the dashboards meanwhile show the last values with their time.
                log.LogWarning(e, "Figure rollup run failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
