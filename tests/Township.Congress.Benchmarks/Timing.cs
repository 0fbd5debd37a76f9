using System.Diagnostics;

namespace Township.Congress.Benchmarks;

/// <summary>Hand timing for the national-scale runs: 10 warm runs, then 40 measured; median, p95, max and the CPU time per run.</summary>
public sealed record Timing(double Median, double P95, double Max, double CpuPerRun, int Result)
{
    private const int Warm = 10, Runs = 40;

    public static async Task<Timing> TimeAsync(Func<Task<int>> run)
    {
        for (var i = 0; i < Warm; i++) await run();
        var sample = new Sample();
        for (var i = 0; i < Runs; i++) await sample.RunAsync(run);
        return sample.Summary();
    }

    /// <summary>
    /// Two things timed in turns (A B, B A, …), so that on a shared machine both meet the same load: a thing and its floor
    /// timed one block after the other measured the neighbours' builds as much as the difference.
    /// </summary>
    public static async Task<(Timing First, Timing Second)> TimePairAsync(Func<Task<int>> first, Func<Task<int>> second)
    {
        for (var i = 0; i < Warm; i++)
        {
            await first();
            await second();
        }
        var a = new Sample();
        var b = new Sample();
        for (var i = 0; i < Runs; i++)
        {
            if (i % 2 == 0)
            {
                await a.RunAsync(first);
                await b.RunAsync(second);
            }
            else
            {
                await b.RunAsync(second);
                await a.RunAsync(first);
            }
        }
        return (a.Summary(), b.Summary());
    }

    public static void Report(TextWriter log, string what, Timing t) =>
        log.WriteLine($"{what}: median {t.Median:N1} ms, p95 {t.P95:N1} ms, max {t.Max:N1} ms, CPU {t.CpuPerRun:N1} ms per run in this process "
            + $"(result {t.Result:N0}; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");

    private sealed class Sample
    {
        private readonly List<double> times = [];
        private TimeSpan cpu;
        private int result;

        public async Task RunAsync(Func<Task<int>> run)
        {
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            result = await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
            cpu += Process.GetCurrentProcess().TotalProcessorTime - before;
        }

        public Timing Summary()
        {
            var sorted = times.Order().ToList();
            return new Timing(sorted[sorted.Count / 2], sorted[(int)Math.Ceiling(sorted.Count * 0.95) - 1], sorted[^1], cpu.TotalMilliseconds / sorted.Count, result);
        }
    }
}
