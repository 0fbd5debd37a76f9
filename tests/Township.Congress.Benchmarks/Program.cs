using System.Diagnostics;
using BenchmarkDotNet.Running;
using Township.Congress.Benchmarks;

// `--smoke` runs each scenario once, outside BenchmarkDotNet: a quick check that the input is
// valid, and a convenient target for a profiler (dotnet-trace, dotnet-counters).
if (args is ["--search-smoke", ..])
{
    // The search benchmark's setup and one round of its queries, timed by hand.
    var search = new SuggestionSearchBenchmark();
    var setup = Stopwatch.StartNew();
    await search.SetupAsync();
    Console.WriteLine($"100,000 items loaded in {setup.Elapsed.TotalSeconds:N1} s");
    try
    {
        foreach (var (name, run) in new (string, Func<Task<int>>)[]
                 {
                     ("道路", search.CountyCommonShortKeyword), ("灌溉渠系", search.CountyLongerKeyword),
                     ("冷链仓储+filters", search.CountyKeywordWithFilters), ("视频监控", search.CountyRareKeyword),
                     ("overdue", search.CountyOverdue), ("township 卫生", search.TownshipShortKeyword),
                 })
        {
            var times = new List<double>();
            var total = 0;
            for (var i = 0; i < 20; i++)
            {
                var watch = Stopwatch.StartNew();
                total = await run();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine($"{name}: {total:N0} hits, median {times[10]:N1} ms, p95 {times[18]:N1} ms, max {times[19]:N1} ms");
        }
    }
    finally
    {
        search.GlobalCleanup();
    }
    return;
}

if (args is ["--records-smoke", ..])
{
    // The deputy records of a 160-deputy township-year, 30 warm requests per provider, timed by hand.
    // CONGRESS_BENCH_PROVIDER narrows to one provider and CONGRESS_BENCH_ROUNDS lengthens the run, for a profiler (dotnet-trace).
    var rounds = int.TryParse(Environment.GetEnvironmentVariable("CONGRESS_BENCH_ROUNDS"), out var r) && r >= 30 ? r : 30;
    foreach (var provider in new[] { Township.Congress.Data.DatabaseProvider.Sqlite, Township.Congress.Data.DatabaseProvider.PostgreSql }
        .Where(p => Environment.GetEnvironmentVariable("CONGRESS_BENCH_PROVIDER") is not { } only || p.ToString() == only))
    {
        var records = new DeputyRecordsBenchmark { Provider = provider };
        records.GlobalSetup();
        try
        {
            for (var i = 0; i < 5; i++) await records.TownshipRecords();
            records.Timer.Reset();
            var times = new List<double>();
            for (var i = 0; i < rounds; i++)
            {
                var watch = Stopwatch.StartNew();
                await records.TownshipRecords();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine($"{provider}: {DeputyRecordsBenchmark.Deputies} deputies, median {times[rounds / 2]:N1} ms, p95 {times[rounds * 95 / 100 - 1]:N1} ms, max {times[^1]:N1} ms");
            if (CommandTimer.Enabled)
            {
                Console.WriteLine($"  per request: {records.Timer.Commands / (double)rounds:N1} commands, {records.Timer.Milliseconds / rounds:N1} ms until their readers opened");
                foreach (var line in records.Timer.Slowest(8)) Console.WriteLine("  " + line);
            }
        }
        finally
        {
            records.GlobalCleanup();
        }
    }
    return;
}

if (args is ["--dashboard-smoke", .. var dashboardProviders])
{
    // The county dashboard's setup and 40 warm requests per provider (sqlite, postgres; default sqlite), timed by hand after 10 warm-up.
    foreach (var provider in dashboardProviders.Length == 0 ? [Township.Congress.Data.DatabaseProvider.Sqlite]
                 : dashboardProviders.Select(p => p == "postgres" ? Township.Congress.Data.DatabaseProvider.PostgreSql : Township.Congress.Data.DatabaseProvider.Sqlite))
    {
        var dashboard = new CountyDashboardBenchmark { Provider = provider };
        await dashboard.SetupAsync();
        try
        {
            var times = new List<double>();
            var cpuTotal = 0.0;
            for (var i = 0; i < 50; i++)
            {
                if (i == 10) dashboard.Timer.Reset();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                await dashboard.CountyDashboard2025();
                if (i >= 10) times.Add(watch.Elapsed.TotalMilliseconds);
                if (i >= 10) cpuTotal += (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            }
            times.Sort();
            Console.WriteLine($"county dashboard ({provider}): median {times[20]:N1} ms, p95 {times[37]:N1} ms, max {times[39]:N1} ms, "
                + $"CPU {cpuTotal / 40:N1} ms per request (load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
            if (CommandTimer.Enabled)
            {
                Console.WriteLine($"  per request: {dashboard.Timer.Commands / 40.0:N1} commands, {dashboard.Timer.Milliseconds / 40:N1} ms until their readers opened");
                foreach (var line in dashboard.Timer.Slowest(10)) Console.WriteLine("  " + line);
            }
        }
        finally
        {
            dashboard.GlobalCleanup();
        }
    }
    return;
}

if (args is ["--national-load", var scaleText, var database, ..])
{
    // A national-scale data set (scale 1 = 30,000 townships; 0.01 = 1%) COPY-loaded into the named database.
    var server = Environment.GetEnvironmentVariable("CONGRESS_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("CONGRESS_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=55432;Username=postgres";
    var data = new NationalScaleData($"{server};Database={database};Command Timeout=0", double.Parse(scaleText, System.Globalization.CultureInfo.InvariantCulture));
    foreach (var (table, rows) in await data.LoadAsync(Console.Out)) Console.WriteLine($"{table}: {rows:N0} rows");
    return;
}

if (args is ["--national-smoke", var nationalDatabase, .. var rest])
{
    // On a database loaded by --national-load: a county's dashboard against its SQL floor, then the rollups: the first fill
    // (at most FILL_MINUTES, default 10, by WORKERS counties at once, default 2), the job's incremental run, the national read.
    var server = Environment.GetEnvironmentVariable("CONGRESS_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("CONGRESS_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=55432;Username=postgres";
    var connection = $"{server};Database={nationalDatabase};Command Timeout=0";
    Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}");
    if (rest is not [.., "--rollups-only"]) await NationalScaleBenchmark.RunAsync(connection, Console.Out);
    var fillMinutes = rest is [var m, ..] && double.TryParse(m, System.Globalization.CultureInfo.InvariantCulture, out var minutes) ? minutes : 10;
    var workers = rest is [_, var w, ..] && int.TryParse(w, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 2;
    if (rest is not [.., "--dashboard-only"])
        await NationalRollupBenchmark.RunAsync(connection, TimeSpan.FromMinutes(fillMinutes), workers, Console.Out);
    return;
}

if (args is ["--suggestion-import-smoke", .. var sizes])
{
    // The suggestion import's setup and two timed imports per provider and size, by hand.
    foreach (var provider in new[] { Township.Congress.Data.DatabaseProvider.Sqlite, Township.Congress.Data.DatabaseProvider.PostgreSql }
        .Where(p => Environment.GetEnvironmentVariable("CONGRESS_BENCH_PROVIDER") is not { } only || p.ToString() == only))
    {
        foreach (var rows in sizes.Length > 0 ? sizes.Select(int.Parse) : [2_000, 10_000])
        {
            var import = new SuggestionImportBenchmark { Rows = rows, Provider = provider };
            import.GlobalSetup();
            try
            {
                for (var i = 0; i < 2; i++)
                {
                    import.IterationSetup();
                    import.Timer.Reset();
                    // CPU time too: on a machine shared with other jobs the wall time mostly measures the queue.
                    // And the bytes allocated: unlike either time, they do not depend on what else the machine runs.
                    var allocated = GC.GetTotalAllocatedBytes(precise: true);
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var watch = Stopwatch.StartNew();
                    await import.ImportGatheredSuggestions();
                    Console.WriteLine($"{provider} import #{i + 1}: {rows:N0} suggestions in {watch.Elapsed.TotalMilliseconds:N0} ms "
                        + $"(CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:N0} ms, "
                        + $"{(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:N1} MB allocated, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
                    if (CommandTimer.Enabled)
                    {
                        Console.WriteLine($"  {import.Timer.Commands} EF commands, {import.Timer.Milliseconds:N0} ms until their readers opened");
                        foreach (var line in import.Timer.Slowest(6)) Console.WriteLine("  " + line);
                    }
                    import.IterationCleanup();
                }
            }
            finally
            {
                import.GlobalCleanup();
            }
        }
    }
    return;
}

if (args is ["--annual-report-smoke", ..])
{
    AnnualReportPdfBenchmark.Smoke();
    return;
}

if (args is ["--load", .. var load])
{
    // Real circuits against the app as its own process (see README, "Load driver").
    await Township.Congress.Benchmarks.Load.LoadRun.RunAsync(Township.Congress.Benchmarks.Load.LoadOptions.Parse(load));
    return;
}

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
