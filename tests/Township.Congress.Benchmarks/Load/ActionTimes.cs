using System.Collections.Concurrent;

namespace Township.Congress.Benchmarks.Load;

/// <summary>Round trips per action and errors, shared by every circuit of a run.</summary>
public sealed class ActionTimes
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _times = new();
    private readonly ConcurrentDictionary<string, int> _errors = new();
    private readonly ConcurrentQueue<string> _firstErrors = new();
    private readonly ConcurrentDictionary<string, ActionTraffic> _traffic = new();

    public void Record(string action, TimeSpan roundTrip) =>
        _times.GetOrAdd(action, _ => []).Add(roundTrip.TotalMilliseconds);

    public void Fail(string action, Exception error)
    {
        _errors.AddOrUpdate(action, 1, (_, n) => n + 1);
        if (_firstErrors.Count < 10) _firstErrors.Enqueue($"{action}: {error.GetType().Name}: {error.Message.Split('\n')[0]}");
    }

    public int Errors => _errors.Values.Sum();

    /// <summary>Batches and JavaScript calls per successful <paramref name="action"/> on average; null when not counted.</summary>
    public (double Batches, double JsCalls)? TrafficPer(string action) =>
        _traffic.TryGetValue(action, out var sum) && _times.TryGetValue(action, out var bag) && !bag.IsEmpty
            ? (sum.Batches / (double)bag.Count, sum.JsCalls / (double)bag.Count) : null;
    public IEnumerable<string> FirstErrors => _firstErrors;

    /// <summary>The value below which <paramref name="p"/> of the sorted samples lie (nearest rank).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    public IEnumerable<(string Action, int Count, double P50, double P95, double P99, int Errors)> Summary()
    {
        foreach (var action in _times.Keys.Union(_errors.Keys).Order(StringComparer.Ordinal))
        {
            var sorted = (_times.TryGetValue(action, out var bag) ? bag.ToArray() : []).Order().ToArray();
            yield return (action, sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99),
                _errors.GetValueOrDefault(action));
        }
    }

    /// <summary>
    /// All round trips of the run together (the acceptance figure is on every action), less <paramref name="except"/>: the
    /// sign-in is a page load, a password hash and a circuit's start, timed before the run, not a round trip of the work.
    /// </summary>
    public (int Count, double P95) Overall(params string[] except)
    {
        var all = _times.Where(t => !except.Contains(t.Key)).SelectMany(t => t.Value).Order().ToArray();
        return (all.Length, Percentile(all, 0.95));
    }

    /// <summary>
    /// Times <paramref name="body"/> as <paramref name="action"/>, less <paramref name="deliberateWait"/> (a wait the page makes on
    /// purpose, such as a search box's debounce); a failure is counted, not thrown.
    /// </summary>
    public async Task<bool> TimeAsync(ISecretaryClient client, string action, Func<Task> body, TimeSpan deliberateWait = default)
    {
        var before = client.Traffic;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await body();
            Record(action, watch.Elapsed - deliberateWait);
            if (before is { } b && client.Traffic is { } a)
                _traffic.AddOrUpdate(action, a - b, (_, sum) => sum + (a - b));
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Fail(action, e);
            return false;
        }
    }
}

/// <summary>Render batches and JavaScript calls a circuit received (a count, or the difference of two).</summary>
public readonly record struct ActionTraffic(long Batches, long JsCalls)
{
    public static ActionTraffic operator -(ActionTraffic a, ActionTraffic b) => new(a.Batches - b.Batches, a.JsCalls - b.JsCalls);
    public static ActionTraffic operator +(ActionTraffic a, ActionTraffic b) => new(a.Batches + b.Batches, a.JsCalls + b.JsCalls);
}
