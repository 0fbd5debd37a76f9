using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Township.Congress.Benchmarks;

/// <summary>
/// Counts the commands a request sends and the time spent until each reader is open and drained, so a smoke run can
/// say how much of a request is round trips and how much is our own code (<c>CONGRESS_BENCH_SQLTIME=1</c>).
/// </summary>
public sealed class CommandTimer : DbCommandInterceptor
{
    private long _ticks;
    private int _commands;
    private readonly Dictionary<string, (int Count, long Ticks)> _byText = [];

    public static bool Enabled => Environment.GetEnvironmentVariable("CONGRESS_BENCH_SQLTIME") == "1";

    public int Commands => _commands;
    public double Milliseconds => _ticks * 1000.0 / Stopwatch.Frequency;

    public void Reset()
    {
        _ticks = 0;
        _commands = 0;
        _byText.Clear();
    }

    /// <summary>The slowest statements (first 100 characters) with their count and total milliseconds.</summary>
    public IEnumerable<string> Slowest(int n) => _byText.OrderByDescending(p => p.Value.Ticks).Take(n)
        .Select(p => $"{p.Value.Ticks * 1000.0 / Stopwatch.Frequency,8:N1} ms ×{p.Value.Count,3}  {p.Key}");

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        Add(command, eventData.Duration.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond);
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        Add(command, eventData.Duration.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond);
        return base.ScalarExecutedAsync(command, eventData, result, cancellationToken);
    }

    private void Add(DbCommand command, long ticks)
    {
        _ticks += ticks;
        _commands++;
        var key = command.CommandText.ReplaceLineEndings(" ");
        key = key[..Math.Min(100, key.Length)];
        var (count, sum) = _byText.GetValueOrDefault(key);
        _byText[key] = (count + 1, sum + ticks);
    }
}
