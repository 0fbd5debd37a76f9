using System.Diagnostics;
using BenchmarkDotNet.Running;
using Township.Congress.Benchmarks;

// `--smoke` runs each scenario once, outside BenchmarkDotNet: a quick check that the input is
// valid, and a convenient target for a profiler (dotnet-trace, dotnet-counters).
if (args is ["--smoke", ..])
{
    await Smoke.RunAsync();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(RosterPdfBenchmark).Assembly).Run(args);

internal static class Smoke
{
    public static async Task RunAsync()
    {
        var import = new RosterImportBenchmark();
        import.GlobalSetup();
        try
        {
            for (var i = 0; i < 2; i++)
            {
                import.IterationSetup();
                var watch = Stopwatch.StartNew();
                var created = await import.Import10000Rows();
                Console.WriteLine($"import #{i + 1}: {created:N0} deputies in {watch.Elapsed.TotalMilliseconds:N0} ms");
                import.IterationCleanup();
            }
        }
        finally
        {
            import.GlobalCleanup();
        }

        var pdf = new RosterPdfBenchmark();
        pdf.GlobalSetup();
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            var bytes = pdf.Render160Deputies();
            Console.WriteLine($"pdf #{i + 1}: {bytes:N0} bytes in {watch.Elapsed.TotalMilliseconds:N1} ms");
        }
    }
}
