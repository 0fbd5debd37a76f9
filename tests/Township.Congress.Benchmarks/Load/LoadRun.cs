using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Npgsql;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Benchmarks.Load;

/// <summary>
/// <c>--load</c>: the app as its own process (Development, for its static assets and the diagnostics route) on a fresh
/// database with the demo county, N circuits of township secretaries working through <see cref="Secretary"/>, then per
/// action p50/p95/p99 round trips, errors, the node's CPU and its memory per circuit after a full collection.
/// </summary>
public static class LoadRun
{
    private const string Password = Township.Congress.Demo.DemoSeeder.DefaultPassword;
    private const string SignIn = "sign-in+roster";

    private sealed record Memory(int Circuits, int ConnectedCircuits, long HeapBytes, long WorkingSetBytes, TimeSpan ProcessorTime,
        long JitMethods, TimeSpan JitTime, TimeSpan GcPauses);

    public static async Task RunAsync(LoadOptions options)
    {
        var home = Directory.CreateTempSubdirectory("congress-load-").FullName;
        var pgServer = options.Provider == "postgres"
            ? Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable) ?? throw new InvalidOperationException($"{TestDatabase.PostgresVariable} is not set")
            : null;
        var pgDatabase = $"congress_load_{Guid.NewGuid():N}";
        var connection = pgServer is null ? $"Data Source={options.SqliteFile ?? Path.Combine(home, "congress.db")}" : $"{pgServer};Database={pgDatabase}";
        try
        {
            await using var node = AppNode.Start(connection, new Dictionary<string, string>
            {
                ["Database__SeedDemoData"] = "true", ["Suggestions__Reminders"] = "false",
                ["Security__LoginAttemptsPerAddressPerMinute"] = "100000",
                // Request logs of every page and hub call would measure the log file, not the app.
                ["Serilog__MinimumLevel__Default"] = "Warning",
            }, pgServer is null ? "Sqlite" : "PostgreSql", environment: "Development");
            var seeding = Stopwatch.StartNew();
            await node.WaitReadyAsync(TimeSpan.FromMinutes(15));
            Console.WriteLine($"node ready (migrated and seeded) in {seeding.Elapsed.TotalSeconds:N0} s, load average {LoadAverage()}");
            await DriveAsync(node, options);
        }
        finally
        {
            if (pgServer is not null) await DropAsync(pgServer, pgDatabase);
            try { Directory.Delete(home, recursive: true); } catch (IOException) { /* the node's files may still be closing */ }
        }
    }

    private static async Task DriveAsync(AppNode node, LoadOptions options)
    {
        using var http = new HttpClient { BaseAddress = node.Address, Timeout = TimeSpan.FromMinutes(2) };
        Task<Memory> MeasureAsync(bool collect = true) => http.GetFromJsonAsync<Memory>($"/_diagnostics/circuits?collect={(collect ? "true" : "false")}")!;

        // One circuit first, thrown away: the first page compiles (JIT) the app's paths, which is not a circuit's cost.
        await using (var warm = await ProtocolSecretary.SignInAsync(node.Address, "town01", Password, CancellationToken.None))
            await warm.OpenAsync("/suggestions", "", CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var empty = await MeasureAsync();
        // The same dump with no working circuit: what the circuits hold is the difference of the two (per type).
        if (options.GcDumpPath is { } emptyDump) await GcDumpAsync(node.ProcessId, Path.ChangeExtension(emptyDump, ".empty.gcdump"));

        IPlaywright? playwright = null;
        IBrowser? browser = null;
        if (options.Client == LoadClient.Browser)
        {
            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = Environment.GetEnvironmentVariable("CONGRESS_TEST_CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium",
                Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
            });
        }
        var times = new ActionTimes();
        var clients = new List<ISecretaryClient>();
        try
        {
            // Sign in a few at a time, as people arrive; every failure to start a circuit is an error of the run.
            var opening = Stopwatch.StartNew();
            using var gate = new SemaphoreSlim(options.Client == LoadClient.Browser ? 2 : 8);
            var started = await Task.WhenAll(Enumerable.Range(0, options.Circuits).Select(async i =>
            {
                await gate.WaitAsync();
                try
                {
                    var watch = Stopwatch.StartNew();
                    ISecretaryClient client = browser is not null
                        ? await BrowserSecretary.SignInAsync(browser, node.Address, Secretary.LoginOf(i), Password)
                        : await ProtocolSecretary.SignInAsync(node.Address, Secretary.LoginOf(i), Password, CancellationToken.None);
                    times.Record(SignIn, watch.Elapsed);
                    return client;
                }
                catch (Exception e)
                {
                    times.Fail(SignIn, e);
                    return null;
                }
                finally
                {
                    gate.Release();
                }
            }));
            clients.AddRange(started.OfType<ISecretaryClient>());
            Console.WriteLine($"{clients.Count} of {options.Circuits} circuits open in {opening.Elapsed.TotalSeconds:N0} s");

            if (options.Hold is var (holdPath, holdReady))
                await Task.WhenAll(clients.Select(c => c.OpenAsync(holdPath, holdReady, CancellationToken.None)));
            await Task.Delay(TimeSpan.FromSeconds(2));
            var held = await MeasureAsync();
            if (options.GcDumpPath is { } dump) await GcDumpAsync(node.ProcessId, dump);

            if (options.WarmupRounds > 0)
            {
                // Whole rounds, so every circuit starts the timed run on a page it left normally (no dialog half open).
                var warm = new ActionTimes();
                var warming = Stopwatch.StartNew();
                using var limit = new CancellationTokenSource(LoadOptions.MaxDuration);
                await Task.WhenAll(clients.Select((c, i) => Task.Run(() => Secretary.WorkAsync(c, warm, options.Think, i, limit.Token, options.WarmupRounds))));
                var (warmCount, warmP95) = warm.Overall();
                Console.WriteLine($"warm-up: {options.WarmupRounds} round(s) per circuit, {warmCount} round trips in {warming.Elapsed.TotalSeconds:N0} s, "
                                  + $"p95 {warmP95:N0} ms, {warm.Errors} errors (not counted below)");
                foreach (var error in warm.FirstErrors) Console.WriteLine($"  warm-up error: {error}");
            }
            using var stop = new CancellationTokenSource(options.Duration);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            // The node's CPU over the timed run only (read from /proc, so no collection is forced here as the diagnostics route does).
            using var nodeProcess = Process.GetProcessById(node.ProcessId);
            var nodeCpu = nodeProcess.TotalProcessorTime;
            var start = await MeasureAsync(collect: false);
            var wall = Stopwatch.StartNew();
            var loadBefore = LoadAverage();
            await Task.WhenAll(clients.Select((c, i) => Task.Run(() => Secretary.WorkAsync(c, times, options.Think, i, stop.Token, staggered: true))));
            var elapsed = wall.Elapsed;
            var driverCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            nodeProcess.Refresh();
            var serverCpu = nodeProcess.TotalProcessorTime - nodeCpu;
            var end = await MeasureAsync(collect: false);
            var after = await MeasureAsync();
            // And one after the work: what the circuits gained by working is this one less the held one.
            if (options.GcDumpPath is { } afterDump) await GcDumpAsync(node.ProcessId, Path.ChangeExtension(afterDump, ".after.gcdump"));
            Report(options, times, empty, held, after, elapsed, serverCpu, driverCpu, loadBefore);
            Console.WriteLine($"during the timed run the node compiled {end.JitMethods - start.JitMethods:N0} methods ({(end.JitTime - start.JitTime).TotalSeconds:N1} s of JIT) "
                              + $"and paused {(end.GcPauses - start.GcPauses).TotalSeconds:N2} s for collections");
            if (times.Errors > 0 || options.WarmupRounds > 0)
            {
                // What the node logged (warnings and errors only: the level is set above), so an error of the run is explained.
                var log = Path.Combine(Path.GetTempPath(), $"congress-load-node-{node.ProcessId}.log");
                await File.WriteAllTextAsync(log, node.Output);
                Console.WriteLine($"the node's log: {log}");
            }
        }
        finally
        {
            foreach (var client in clients) await client.DisposeAsync();
            if (browser is not null) await browser.DisposeAsync();
            playwright?.Dispose();
        }
    }

    private static void Report(LoadOptions options, ActionTimes times, Memory empty, Memory held, Memory after, TimeSpan elapsed, TimeSpan serverCpu, TimeSpan driverCpu,
        string loadBefore)
    {
        var perCircuit = held.Circuits > 0 ? (held.HeapBytes - empty.HeapBytes) / (double)held.Circuits : double.NaN;
        var perCircuitAfter = after.Circuits > 0 ? (after.HeapBytes - empty.HeapBytes) / (double)after.Circuits : double.NaN;
        Console.WriteLine($"## {options.Provider}, {options.Client} client, {options.Circuits} circuits, {elapsed.TotalSeconds:N0} s, think {options.Think.TotalMilliseconds:N0} ms");
        Console.WriteLine($"load average before {loadBefore}, after {LoadAverage()} (2 cores, shared)");
        var (all, allP95) = times.Overall(SignIn);
        Console.WriteLine($"server CPU {serverCpu.TotalSeconds / elapsed.TotalSeconds:N2} cores ({(all == 0 ? 0 : serverCpu.TotalMilliseconds / all):N1} ms a round trip), "
                          + $"driver CPU {driverCpu.TotalSeconds / elapsed.TotalSeconds:N2} cores");
        Console.WriteLine($"heap after full GC: empty {empty.HeapBytes / 1048576.0:N1} MB ({empty.Circuits} circuits), " +
                          $"held {held.HeapBytes / 1048576.0:N1} MB ({held.Circuits} circuits, {held.ConnectedCircuits} connected), " +
                          $"after work {after.HeapBytes / 1048576.0:N1} MB ({after.Circuits} circuits)");
        Console.WriteLine($"memory per circuit: {perCircuit / 1024:N0} KB on opening, {perCircuitAfter / 1024:N0} KB after the work; working set {after.WorkingSetBytes / 1048576.0:N0} MB");
        Console.WriteLine("| action | n | p50 ms | p95 ms | p99 ms | errors | batches | JS calls |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (action, count, p50, p95, p99, errors) in times.Summary())
        {
            var traffic = times.TrafficPer(action) is { } t ? $"{t.Batches:N1} | {t.JsCalls:N1}" : "– | –";
            Console.WriteLine($"| {action} | {count} | {p50:N0} | {p95:N0} | {p99:N0} | {errors} | {traffic} |");
        }
        Console.WriteLine($"all actions of the work (the sign-in not counted): {all} round trips, p95 {allP95:N0} ms, {times.Errors} errors");
        foreach (var error in times.FirstErrors) Console.WriteLine($"  error: {error}");
        if (options.Client == LoadClient.Protocol)
            Console.WriteLine("JavaScript calls answered: " +
                              string.Join(", ", BrowserStandIn.CallsByFunction.OrderByDescending(c => c.Value).Select(c => $"{c.Key} ×{c.Value}")));
    }

    /// <summary>A heap dump of the node while the circuits are held (dotnet-gcdump from the repository's tool manifest).</summary>
    private static async Task GcDumpAsync(int processId, string path)
    {
        var info = new ProcessStartInfo("dotnet", ["tool", "run", "dotnet-gcdump", "collect", "-p", processId.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", path])
        {
            WorkingDirectory = RepositoryFolder.Of(), RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        await process.WaitForExitAsync();
        Console.WriteLine($"gcdump: {(await process.StandardOutput.ReadToEndAsync()).Trim()} {(await process.StandardError.ReadToEndAsync()).Trim()}");
    }

    private static async Task DropAsync(string server, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection($"{server};Database=postgres");
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
