using System.Text.Json;

namespace Township.Congress.Benchmarks.Load;

/// <summary>What one circuit does: the browser client through Chromium, the protocol client through its own tree of the page.</summary>
public interface ISecretaryClient : IAsyncDisposable
{
    /// <summary>The records of the secretary's township the script opens.</summary>
    TownshipFacts Facts { get; }

    /// <summary>An in-circuit navigation, done when the page shows <paramref name="readyTestId"/> (the browser) or stops rendering.</summary>
    Task OpenAsync(string path, string readyTestId, CancellationToken stop);

    Task SearchRosterAsync(string text, CancellationToken stop);
    Task NextRosterPageAsync(CancellationToken stop);

    /// <summary>
    /// On the roster: edit the deputy of row <paramref name="row"/> (modulo the rows shown) and save the dialog unchanged (a real
    /// save: audit row, version).
    /// </summary>
    Task SaveDeputyAsync(int row, CancellationToken stop);

    /// <summary>
    /// On a session not yet closed, already open in the circuit: the roll-call tab (the roll prepared if it is empty),
    /// then one deputy's mark changed (present ↔ absent); done when the session as the API reads it carries the new mark.
    /// </summary>
    Task MarkRollAsync(Guid sessionId, int row, CancellationToken stop);

    /// <summary>Messages the circuit has received so far (the protocol client counts them; the browser's are not seen).</summary>
    ActionTraffic? Traffic => null;
}

/// <summary>
/// Records of the secretary's own township the script opens, read once through the API with the circuit's cookie;
/// <paramref name="OpenSessions"/> are those not yet closed (the roll can still be called: the demo's sessions of December).
/// </summary>
public sealed record TownshipFacts(IReadOnlyList<Guid> Deputies, IReadOnlyList<Guid> Sessions, IReadOnlyList<Guid> Suggestions,
    IReadOnlyList<Guid> OpenSessions)
{
    public static async Task<TownshipFacts> ReadAsync(Func<string, Task<string>> get)
    {
        static List<Guid> Ids(JsonElement items) => items.EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        using var deputies = JsonDocument.Parse(await get("/api/v1/deputies?pageSize=50"));
        using var sessions = JsonDocument.Parse(await get("/api/v1/sessions"));
        using var suggestions = JsonDocument.Parse(await get("/api/v1/suggestions?pageSize=20"));
        var open = sessions.RootElement.EnumerateArray().Where(i => i.GetProperty("status").GetString() != "Closed")
            .Select(i => i.GetProperty("id").GetGuid()).ToList();
        return new(Ids(deputies.RootElement.GetProperty("items")), Ids(sessions.RootElement), Ids(suggestions.RootElement.GetProperty("items")), open);
    }
}

/// <summary>
/// A township secretary's working round, with think time between steps: the roster, its first deputy edited and saved,
/// its next page, a search, a deputy, the sessions and one session, a roll-call mark on a session not yet closed, the
/// suggestions and one suggestion.
/// </summary>
public static class Secretary
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄"];

    /// <summary>RosterPage.razor's search field: <c>DebounceInterval="300"</c>.</summary>
    private static readonly TimeSpan RosterSearchDebounce = TimeSpan.FromMilliseconds(300);

    /// <param name="rounds">At most this many rounds (the warm-up), else until <paramref name="stop"/>.</param>
    /// <param name="staggered">
    /// Start after a random part of one think time, as if the secretary were thinking when the run began. The warm-up ends
    /// when every circuit has finished its rounds, so without this every circuit opens the roster in the same instant:
    /// N navigations at once, which the node works off in ≈ N × 15 ms (2 s at 225 circuits), a quarter of the roster's
    /// samples in that queue and its p95 at 1–2 s while its median is 14 ms (3 December 2026). No county starts so.
    /// </param>
    public static async Task WorkAsync(ISecretaryClient client, ActionTimes times, TimeSpan think, int seed, CancellationToken stop, int? rounds = null,
        bool staggered = false)
    {
        var facts = client.Facts;
        var random = new Random(seed);
        async Task Think() => await Task.Delay(TimeSpan.FromMilliseconds(think.TotalMilliseconds * (0.5 + random.NextDouble())), stop);
        T Pick<T>(IReadOnlyList<T> list) => list[random.Next(list.Count)];
        try
        {
            if (staggered) await Task.Delay(TimeSpan.FromMilliseconds(think.TotalMilliseconds * random.NextDouble()), stop);
            for (var round = 0; !stop.IsCancellationRequested && (rounds is null || round < rounds); round++)
            {
                await times.TimeAsync(client, "roster", () => client.OpenAsync("/roster", "roster-name", stop));
                await Think();
                // On the full first page: after a search by surname the table may be empty, with no row to edit. Circuits of one
                // township (n, n + 15, …) edit different rows: two secretaries saving one deputy at once is a conflict the app
                // rightly refuses (the dialog says so), not the work a county's secretaries do.
                await times.TimeAsync(client, "deputy-save", () => client.SaveDeputyAsync(seed / 15, stop));
                await Think();
                await times.TimeAsync(client, "roster-page", () => client.NextRosterPageAsync(stop));
                await Think();
                // The roster's search box waits 300 ms after the last keystroke (its DebounceInterval, a timer on the server) before
                // it searches: that wait is the page's design, not a round trip, so it is taken off this action's time.
                await times.TimeAsync(client, "roster-search", () => client.SearchRosterAsync(Pick(Surnames), stop), deliberateWait: RosterSearchDebounce);
                await Think();
                if (facts.Deputies.Count > 0) await times.TimeAsync(client, "deputy", () => client.OpenAsync($"/deputies/{Pick(facts.Deputies)}", "profile-name", stop));
                await Think();
                await times.TimeAsync(client, "sessions", () => client.OpenAsync("/sessions", "year-select", stop));
                await Think();
                if (facts.Sessions.Count > 0) await times.TimeAsync(client, "session", () => client.OpenAsync($"/sessions/{Pick(facts.Sessions)}", "session-status", stop));
                await Think();
                if (facts.OpenSessions.Count > 0)
                {
                    var open = facts.OpenSessions[0];
                    await times.TimeAsync(client, "roll-session", () => client.OpenAsync($"/sessions/{open}", "session-status", stop));
                    await Think();
                    // Circuits of one township (n, n + 15, …) mark different rows, so no two of them race for one mark.
                    await times.TimeAsync(client, "roll-call", () => client.MarkRollAsync(open, seed / 15 + 20 * round, stop));
                    await Think();
                }
                await times.TimeAsync(client, "suggestions", () => client.OpenAsync("/suggestions", "suggestion-link", stop));
                await Think();
                if (facts.Suggestions.Count > 0) await times.TimeAsync(client, "suggestion", () => client.OpenAsync($"/suggestions/{Pick(facts.Suggestions)}", "suggestion-header", stop));
                await Think();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // the run's time is up
        }
    }

    /// <summary>The login the n-th circuit uses: the fifteen township secretaries in turn.</summary>
    public static string LoginOf(int circuit) => $"town{circuit % 15 + 1:00}";
}
