namespace Township.Congress.Benchmarks.Load;

public enum LoadClient
{
    Browser,
    Protocol,
}

/// <summary>
/// <c>--load [sqlite|postgres] [--circuits N] [--duration SECONDS] [--think MILLISECONDS] [--client browser|protocol]
/// [--gcdump PATH] [--database FILE] [--hold PATH=TESTID] [--warmup ROUNDS]</c>: <c>--database</c> keeps the SQLite file (seeded on its first run) so
/// later runs skip the seeding, which takes minutes on a loaded machine. <c>--hold</c> opens PATH in every circuit (done when
/// TESTID shows) before the held memory is measured, so memory per circuit is measured on that page instead of the roster. <c>--warmup</c> has every
/// circuit do that many rounds of the script before the timed run (not counted in it): a node just started spends its first
/// minutes compiling (tier-1 JIT: ≈ 24 s of CPU over the first 90 s of a 30-circuit run, 33 % of the node's samples), which a
/// county server running for days does not. Bounded on purpose: at most 1,000 circuits and 30 minutes, loopback only.
/// </summary>
public sealed record LoadOptions(string Provider, int Circuits, TimeSpan Duration, TimeSpan Think, LoadClient Client, string? GcDumpPath, string? SqliteFile = null,
    (string Path, string ReadyTestId)? Hold = null, int WarmupRounds = 0)
{
    public const int MaxCircuits = 1_000;
    public static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(30);

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var provider = "sqlite";
        var circuits = 10;
        var duration = TimeSpan.FromSeconds(60);
        var think = TimeSpan.FromMilliseconds(1_000);
        var client = LoadClient.Protocol;
        string? gcdump = null;
        string? file = null;
        (string, string)? hold = null;
        var warmup = 0;
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "sqlite" or "postgres": provider = args[i]; break;
                case "--circuits": circuits = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--duration": duration = TimeSpan.FromSeconds(double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture)); break;
                case "--think": think = TimeSpan.FromMilliseconds(double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture)); break;
                case "--client": client = Enum.Parse<LoadClient>(Next(), ignoreCase: true); break;
                case "--gcdump": gcdump = Next(); break;
                case "--database": file = Path.GetFullPath(Next()); break;
                case "--hold": hold = Next().Split('=', 2) is [var path, var ready] ? (path, ready) : throw new ArgumentException("--hold needs PATH=TESTID"); break;
                case "--warmup": warmup = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown argument {args[i]}");
            }
        }
        if (circuits is < 1 or > MaxCircuits) throw new ArgumentException($"--circuits must be 1–{MaxCircuits}");
        if (duration <= TimeSpan.Zero || duration > MaxDuration) throw new ArgumentException($"--duration must be 1–{MaxDuration.TotalSeconds} s");
        if (warmup is < 0 or > 5) throw new ArgumentException("--warmup must be 0–5 rounds");
        return new LoadOptions(provider, circuits, duration, think, client, gcdump, file, hold, warmup);
    }
}
