using System.Net.Http.Json;
using static Township.Congress.Benchmarks.Load.PageQueries;

namespace Township.Congress.Benchmarks.Load;

/// <summary>
/// A circuit over the Blazor hub without a browser (<see cref="BlazorCircuit"/>) doing what a secretary does: it types
/// in the roster's search box, clicks the pager, the edit button and the dialog's save, the roll-call tab and a mark,
/// finding each by its text or label in the circuit's tree (<see cref="PageQueries"/>). Each action is done when the
/// page shows its answer, as <see cref="BrowserSecretary"/> waits for it.
/// </summary>
public sealed class ProtocolSecretary : ISecretaryClient
{
    private readonly HttpClient _http;
    private readonly BlazorCircuit _circuit;

    private ProtocolSecretary(HttpClient http, BlazorCircuit circuit, TownshipFacts facts)
    {
        _http = http;
        _circuit = circuit;
        Facts = facts;
    }

    public TownshipFacts Facts { get; }

    public ActionTraffic? Traffic => _circuit.Traffic;

    /// <summary>The circuit (for tests that look at its tree).</summary>
    public BlazorCircuit Circuit => _circuit;

    /// <summary>Signs in through the API and opens the roster's circuit (over loopback unless <paramref name="transport"/> says otherwise).</summary>
    public static async Task<ProtocolSecretary> SignInAsync(Uri baseUri, string userName, string password, CancellationToken stop,
        CircuitTransport? transport = null)
    {
        transport ??= CircuitTransport.Loopback();
        var http = transport.CreateHttp(baseUri);
        try
        {
            (await http.PostAsJsonAsync("/api/v1/auth/login", new { userName, password }, stop)).EnsureSuccessStatusCode();
            var facts = await TownshipFacts.ReadAsync(path => http.GetStringAsync(path, stop));
            var circuit = await BlazorCircuit.StartAsync(http, transport, baseUri, "/roster", stop, t => t.Has("roster-name"));
            return new ProtocolSecretary(http, circuit, facts);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    public Task OpenAsync(string path, string readyTestId, CancellationToken stop) =>
        _circuit.NavigateAsync(path, stop, readyTestId.Length == 0 ? null : t => t.Has(readyTestId));

    /// <summary>Types the text into the box labelled as the roster's search; done when every row shows it, or the empty state.</summary>
    public Task SearchRosterAsync(string text, CancellationToken stop)
    {
        var label = Ui("Roster_Search");
        var box = _circuit.Read(t => t.Input(label)) ?? throw new InvalidOperationException($"no text box labelled {label}");
        var empty = Ui("Roster_Empty");
        return _circuit.DispatchAsync(box, "input", stop, text, t =>
        {
            var names = t.ByTestId("roster-name").ToList();
            return names.Count > 0 ? names.All(n => n.Text.Contains(text, StringComparison.Ordinal)) : t.Elements.Any(e => e.Text == empty);
        });
    }

    /// <summary>The pager's next-page button; done when the first row changes (at once when there is one page).</summary>
    public async Task NextRosterPageAsync(CancellationToken stop)
    {
        var (next, first) = _circuit.Read(t => (t.Buttons(NextPage).FirstOrDefault(), t.ByTestId("roster-name").FirstOrDefault()?.Text));
        if (next is null) throw new InvalidOperationException("the roster has no next-page button");
        if (next.Disabled) return;
        await _circuit.DispatchAsync(next, "click", stop, until: t => t.ByTestId("roster-name").FirstOrDefault()?.Text is { } now && now != first);
    }

    /// <summary>The first row's edit button, then the dialog's save unchanged; done when the dialog has closed.</summary>
    public async Task SaveDeputyAsync(int row, CancellationToken stop)
    {
        var edit = _circuit.Read(t => t.ByTestId("roster-actions").ToList() is { Count: > 0 } rows
                       ? rows[row % rows.Count].Buttons(Ui("Common_Edit")).FirstOrDefault() : null)
                   ?? throw new InvalidOperationException("the roster shows no row to edit");
        // As a person waits for the record to show: the save button is disabled until the deputy is read.
        await _circuit.DispatchAsync(edit, "click", stop, until: t => t.ByTestId("deputy-save").Any(b => !b.Disabled));
        var save = _circuit.Read(t => t.ByTestId("deputy-save").First());
        await _circuit.DispatchAsync(save, "click", stop, until: t => !t.Has("deputy-save"));
    }

    public async Task MarkRollAsync(Guid sessionId, int row, CancellationToken stop)
    {
        var tabName = Ui("Session_TabRoll");
        var tab = _circuit.Read(t => t.Tab(tabName)) ?? throw new InvalidOperationException($"the session has no tab {tabName}");
        await _circuit.DispatchAsync(tab, "click", stop, until: t => t.Has("roll-row") || t.Has("roll-empty"));
        if (!_circuit.Read(t => t.Has("roll-row")))
        {
            // The first circuit of the township prepares the roll; the others find it (or prepare it a second time: a no-op).
            var prepare = _circuit.Read(t => t.ByTestId("prepare-roll").FirstOrDefault()) ?? throw new InvalidOperationException("no roll and no way to prepare it");
            await _circuit.DispatchAsync(prepare, "click", stop, until: t => t.Has("roll-row"));
        }
        var (deputy, mark, button) = _circuit.Read(t =>
        {
            var rows = t.ByTestId("roll-row").ToList();
            var target = rows[row % rows.Count];
            var present = target["data-status"] == "Present";
            return (Guid.Parse(target["data-deputy"]!), present ? "Absent" : "Present", target.ByTestId(present ? "mark-absent" : "mark-present").First());
        });
        var shown = deputy.ToString();
        // The row shows the mark at once (before the save); the round trip ends when the saved session carries it.
        await _circuit.DispatchAsync(button, "click", stop, until: t => t.ByTestId("roll-row").Any(r => r["data-deputy"] == shown && r["data-status"] == mark));
        await RollMarks.WaitSavedAsync(path => _http.GetStringAsync(path, stop), sessionId, deputy, mark, stop);
    }

    public async ValueTask DisposeAsync()
    {
        await _circuit.DisposeAsync();
        _http.Dispose();
    }
}
