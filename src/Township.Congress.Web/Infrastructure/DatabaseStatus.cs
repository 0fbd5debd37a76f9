using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Township.Congress.Data;
using Township.Congress.Security;

namespace Township.Congress.Web.Infrastructure;

/// <summary>
/// Whether this node can reach its database now. A request that fails because the database is away
/// marks it down (the API answers 503, the pages show a banner); a watch probes every few seconds
/// and marks it up again, so the app recovers without a restart (the pools reconnect by themselves).
/// </summary>
public sealed class DatabaseStatus
{
    private volatile bool _available = true;

    public bool Available => _available;

    /// <summary>Raised when <see cref="Available"/> changes; the layout's banner listens.</summary>
    public event Action? Changed;

    public void Set(bool available)
    {
        if (_available == available) return;
        _available = available;
        Changed?.Invoke();
    }

    /// <summary>
    /// The database is away rather than refusing this request: no connection (PostgreSQL stopped,
    /// network gone, "cannot connect now" while it starts or shuts down) or SQLite's file busy past
    /// its timeout. A constraint or a bad value is not an outage.
    /// </summary>
    public static bool IsOutage(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    // 08: connection exceptions; 57P01–57P03: shut down, crashed, cannot connect now.
                    return pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState is "57P01" or "57P02" or "57P03";
                case NpgsqlException { InnerException: SocketException or IOException or TimeoutException }:
                case NpgsqlException { IsTransient: true }:
                    return true;
                case SqliteException { SqliteErrorCode: 5 or 6 }: // SQLITE_BUSY, SQLITE_LOCKED
                    return true;
            }
        }
        return false;
    }
}

/// <summary>Probes the database every few seconds (every second while it is away) and sets <see cref="DatabaseStatus"/>.</summary>
public sealed class DatabaseWatch(DbContextOptions<CongressDbContext> options, DatabaseStatus status, ILogger<DatabaseWatch> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var reachable = await ProbeAsync(stoppingToken);
            if (reachable != status.Available)
                log.LogWarning(reachable ? "Database reachable again" : "Database unreachable");
            status.Set(reachable);
            await Task.Delay(reachable ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(1), stoppingToken);
        }
    }

    private async Task<bool> ProbeAsync(CancellationToken ct)
    {
        try
        {
            await using var db = new CongressDbContext(options, TownshipScope.System("database-watch"));
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            return await db.Database.CanConnectAsync(timeout.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return false;
        }
    }
}
