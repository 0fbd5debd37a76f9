using Township.Congress.Data;
using Township.Congress.Figures;
using Township.Congress.Formatting;
using Township.Congress.Security;
using Township.Congress.Servers;
using Township.Congress.Web.Components.Shared;

namespace Township.Congress.Web.Features.Dashboards;

/// <summary>
/// Keeps the rolled-up figures (<see cref="FigureRollups"/>) at most <see cref="Period"/> old: once at start-up every year the
/// dashboards offer, then every period this year and the last (the years whose records still change), and every year again
/// each <see cref="FullEvery"/> runs. On a server of several app nodes only the holder of the job's lease runs it.
/// </summary>
public sealed class FigureRollupJob(
    Microsoft.EntityFrameworkCore.DbContextOptions<CongressDbContext> options, TimeProvider clock, ILogger<FigureRollupJob> log)
    : BackgroundService
{
    public const string Lease = "figure-rollups";
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(5);
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
                var rows = await FigureRollups.RefreshAsync(db, years, stoppingToken);
                log.LogInformation("Figure rollups refreshed: {Rows} rows for {Years} in {Elapsed}", rows, string.Join(",", years), clock.GetElapsedTime(started));
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
