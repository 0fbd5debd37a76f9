using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
namespace Township.Congress.Testing.Infrastructure;

/// <summary>
/// The built app run as its own process on a loopback port, as one node of a county server runs:
/// its own home folder (so a key ring kept on disk would not be shared), its own log folder, the
/// database given. Output is kept for the failure message. Shared by the node tests and the load driver
/// (tests/Township.Congress.Benchmarks <c>--load</c>); the caller's output folder must hold the built web app.
/// </summary>
public sealed class AppNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _home;

    private AppNode(Process process, Uri address, string home)
    {
        _process = process;
        Address = address;
        _home = home;
    }

    public Uri Address { get; }

    /// <summary>The node's process id (for CPU time and memory dumps).</summary>
    public int ProcessId => _process.Id;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <param name="environment">Production as a county runs it; Development where static assets must be served from the
    /// unpublished build output (a browser) or the load driver's diagnostics route is needed.</param>
    public static AppNode Start(string connectionString, IReadOnlyDictionary<string, string> settings, string provider = "PostgreSql",
        string environment = "Production")
    {
        var port = FreePort();
        var home = Directory.CreateTempSubdirectory("congress-node-").FullName;
        var app = Path.Combine(AppContext.BaseDirectory, "Township.Congress.Web.dll");
        var info = new ProcessStartInfo("dotnet", [app, "--urls", $"http://127.0.0.1:{port}"])
        {
            // The web project's folder, where appsettings.json and the static web assets live.
            WorkingDirectory = RepositoryFolder.Of("src", "Township.Congress.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["HOME"] = home;
        info.Environment["DOTNET_CLI_HOME"] = home;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        info.Environment["ConnectionStrings__Congress"] = connectionString;
        info.Environment["Database__Provider"] = provider;
        info.Environment["Logging__Directory"] = Path.Combine(home, "logs");
        info.Environment["Security__LoginAttemptsPerAddressPerMinute"] = "1000";
        foreach (var (key, value) in settings) info.Environment[key] = value;
        var process = new Process { StartInfo = info };
        var node = new AppNode(process, new Uri($"http://127.0.0.1:{port}"), home);
        process.OutputDataReceived += (_, e) => node.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => node.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Waits until the node answers ready (migrated, seeded when asked, database reachable).</summary>
    public async Task WaitReadyAsync(TimeSpan within)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow + within;
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The node stopped (exit {_process.ExitCode}):\n{Output}");
            try
            {
                if ((await client.GetAsync(new Uri(Address, "/health/ready"))).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // busy migrating or seeding
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The node was not ready within {within}:\n{Output}");
    }

    /// <summary>SIGKILL, as <c>kill -9</c>: no shutdown, no flush, whatever the node was writing.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_home, recursive: true);
        }
        catch (IOException)
        {
            // a log file still closing; the temp folder is cleaned with the machine
        }
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
