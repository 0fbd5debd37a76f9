using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace Township.Congress.Benchmarks;

/// <summary>
/// The import takes seconds and needs a fresh database per iteration: measure it as a macro
/// benchmark (one call per iteration, no pilot stage), three warm-ups (the first import in a
/// process spends seconds in the JIT, and tiered compilation needs a few more calls to settle)
/// and five measured runs.
/// </summary>
public sealed class ImportConfig : ManualConfig
{
    public ImportConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(5)
            .WithId("Import"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}

/// <summary>A short run, in the spirit of <c>--job short</c>, with a few more iterations for a usable error bar.</summary>
public sealed class PdfConfig : ManualConfig
{
    public PdfConfig()
    {
        AddJob(Job.ShortRun
            .WithWarmupCount(3)
            .WithIterationCount(8)
            .WithId("Pdf"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
