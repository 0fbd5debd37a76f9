using System.Diagnostics;

namespace Township.Congress.Benchmarks;

/// <summary>Hand timing for the national-scale runs: 10 warm runs, then 40 measured; median, p95, max and the CPU time per run.</summary>
public sealed record Timing(double Median, double P95, double Max, double CpuPerRun, int Result)
{
    private const int Warm = 10, Runs = 40;

    public static async Task<Timing> TimeAsync(Func<Task<int>> run)
    {
        for (var i = 0; i < Warm; i++) await run();
        var times = new List<double>();
        var result = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            result = await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        var cpuPerRun = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Runs;
        times.Sort();
        return new Timing(times[Runs / 2], times[(int)Math.Ceiling(Runs * 0.95) - 1], times[^1], cpuPerRun, result);
    }

    public static void Report(TextWriter log, string what, Timing t) =>
        log.WriteLine($"{what}: median {t.Median:N1} ms, p95 {t.P95:N1} ms, max {t.Max:N1} ms, CPU {t.CpuPerRun:N1} ms per run in this process "
            + $"(result {t.Result:N0}; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
}
