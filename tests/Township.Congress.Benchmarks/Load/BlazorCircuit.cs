using System.Buffers;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Township.Congress.Benchmarks.Load;

/// <summary>
/// One Blazor Server circuit driven at protocol level, as the old Ignitor client of dotnet/aspnetcore did: read the
/// prerendered page's component markers, open <c>/_blazor</c> with the page's cookie, start the circuit and add
/// the root components, acknowledge every render batch, answer the server's JavaScript calls (void calls succeed,
/// calls that want a value fail as "no browser here", which MudBlazor tolerates), and navigate by telling the
/// server the location changed. It does not decode render batches, so it dispatches no browser events: it
/// measures circuits and navigations (a page's load and its queries), not clicks.
/// </summary>
public sealed partial class BlazorCircuit : IAsyncDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(150);
    private readonly HubConnection _hub;
    private readonly Uri _base;
    private long _lastBatchTicks;
    private int _batches;
    private string? _error;

    private BlazorCircuit(HubConnection hub, Uri baseUri)
    {
        _hub = hub;
        _base = baseUri;
    }

    public string? Error => _error;

    /// <summary>Opens the page at <paramref name="path"/> (cookie already in <paramref name="cookies"/>) and starts its circuit.</summary>
    public static async Task<BlazorCircuit> StartAsync(HttpClient http, CookieContainer cookies, Uri baseUri, string path, CancellationToken stop)
    {
        var html = await http.GetStringAsync(new Uri(baseUri, path), stop);
        var markers = Markers().Matches(html).Select(m => JsonNode.Parse(m.Groups[1].Value)!)
            .Where(m => m["descriptor"] is not null).ToList();
        if (markers.Count == 0) throw new InvalidOperationException($"{path}: no interactive component markers (signed out?)");
        var state = State().Match(html) is { Success: true } s ? s.Groups[1].Value : "";

        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUri, "/_blazor"), o =>
            {
                o.Cookies = cookies;
                o.Transports = HttpTransportType.WebSockets;
                o.Headers["Origin"] = baseUri.GetLeftPart(UriPartial.Authority);
            });
        builder.Services.RemoveAll<IHubProtocol>();
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        var hub = builder.Build();
        var circuit = new BlazorCircuit(hub, baseUri);
        circuit.Listen();
        await hub.StartAsync(stop);

        var id = await hub.InvokeAsync<string?>("StartCircuit", baseUri.ToString(), new Uri(baseUri, path).ToString(), "[]", state, stop);
        if (string.IsNullOrEmpty(id)) throw new InvalidOperationException($"{path}: the server refused to start a circuit");
        var operations = new JsonArray(markers.Select((m, i) => (JsonNode)new JsonObject
        {
            ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = m.DeepClone(),
        }).ToArray());
        var batch = new JsonObject { ["batchId"] = 1, ["operations"] = operations };
        await circuit.AwaitRenderAsync(() => hub.SendAsync("UpdateRootComponents", batch.ToJsonString(), state, stop), stop);
        return circuit;
    }

    /// <summary>
    /// Navigates within the circuit (as an enhanced link click does) and waits until the server stops rendering: the round
    /// trip is from the request to the last render batch of the page (its data loaded and shown).
    /// </summary>
    public Task<TimeSpan> NavigateAsync(string path, CancellationToken stop) =>
        AwaitRenderAsync(() => _hub.SendAsync("OnLocationChanged", new Uri(_base, path).ToString(), (string?)null, true, stop), stop);

    private async Task<TimeSpan> AwaitRenderAsync(Func<Task> send, CancellationToken stop)
    {
        var start = DateTime.UtcNow.Ticks;
        var before = Volatile.Read(ref _batches);
        await send();
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            if (_error is not null) throw new InvalidOperationException($"the circuit failed: {_error}");
            if (_hub.State != HubConnectionState.Connected) throw new InvalidOperationException("the circuit's connection closed");
            var last = Interlocked.Read(ref _lastBatchTicks);
            if (Volatile.Read(ref _batches) > before && DateTime.UtcNow.Ticks - last > Settle.Ticks)
                return TimeSpan.FromTicks(last - start);
            if (DateTime.UtcNow > until) throw new TimeoutException("no render within 30 s");
            await Task.Delay(20, stop);
        }
    }

    private void Listen()
    {
        _hub.On<long, byte[]>("JS.RenderBatch", async (batchId, _) =>
        {
            Interlocked.Exchange(ref _lastBatchTicks, DateTime.UtcNow.Ticks);
            Interlocked.Increment(ref _batches);
            await _hub.SendAsync("OnRenderCompleted", batchId, (string?)null);
        });
        _hub.On<long, string, string, int, long>("JS.BeginInvokeJS", async (taskId, identifier, _, resultType, _) =>
        {
            // JSCallResultType.JSVoidResult is 3: nothing to return. Anything else wants a browser's answer.
            var answer = resultType == 3
                ? JsonSerializer.Serialize(new object?[] { taskId, true, null })
                : JsonSerializer.Serialize(new object?[] { taskId, false, $"no browser: {identifier}" });
            await _hub.SendAsync("EndInvokeJSFromDotNet", taskId, resultType == 3, answer);
        });
        _hub.On<string>("JS.Error", message => _error = message);
        _hub.Closed += e =>
        {
            _error ??= e?.Message ?? "closed";
            return Task.CompletedTask;
        };
    }

    public async ValueTask DisposeAsync() => await _hub.DisposeAsync();

    [GeneratedRegex(@"<!--Blazor:(\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex Markers();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex State();

    /// <summary>The Blazor hub speaks only "blazorpack": the MessagePack hub protocol under that name.</summary>
    private sealed class BlazorPackProtocol : IHubProtocol
    {
        private readonly Microsoft.AspNetCore.SignalR.Protocol.MessagePackHubProtocol _inner = new();

        public string Name => "blazorpack";
        public int Version => _inner.Version;
        public TransferFormat TransferFormat => TransferFormat.Binary;

        public bool IsVersionSupported(int version) => _inner.IsVersionSupported(version);

        public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out HubMessage? message) =>
            _inner.TryParseMessage(ref input, binder, out message);

        public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _inner.WriteMessage(message, output);

        public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _inner.GetMessageBytes(message);
    }
}
