using System.Net;
using System.Net.Http.Json;

namespace Township.Congress.Benchmarks.Load;

/// <summary>A circuit over the Blazor hub without a browser (<see cref="BlazorCircuit"/>): navigations only.</summary>
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
    public bool CanClick => false;

    public static async Task<ProtocolSecretary> SignInAsync(Uri baseUri, string userName, string password, CancellationToken stop)
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };
        try
        {
            (await http.PostAsJsonAsync("/api/v1/auth/login", new { userName, password }, stop)).EnsureSuccessStatusCode();
            var facts = await TownshipFacts.ReadAsync(path => http.GetStringAsync(path, stop));
            var circuit = await BlazorCircuit.StartAsync(http, cookies, baseUri, "/roster", stop);
            return new ProtocolSecretary(http, circuit, facts);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    public Task OpenAsync(string path, string readyTestId, CancellationToken stop) => _circuit.NavigateAsync(path, stop);

    public Task SearchRosterAsync(string text, CancellationToken stop) => _circuit.NavigateAsync($"/roster?q={Uri.EscapeDataString(text)}", stop);

    public Task NextRosterPageAsync(CancellationToken stop) => _circuit.NavigateAsync("/roster?page=2", stop);

    public Task SaveFirstDeputyAsync(CancellationToken stop) =>
        throw new NotSupportedException("the protocol client dispatches no browser events");

    public Task MarkRollAsync(Guid sessionId, int row, CancellationToken stop) =>
        throw new NotSupportedException("the protocol client dispatches no browser events");

    public async ValueTask DisposeAsync()
    {
        await _circuit.DisposeAsync();
        _http.Dispose();
    }
}
