using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Township.Congress.Benchmarks.Load;

/// <summary>
/// One Blazor Server circuit driven at protocol level, as the old Ignitor client of dotnet/aspnetcore did: read the
/// prerendered page's component markers, open <c>/_blazor</c> with the page's cookie, start the circuit and add
/// the root components; then decode every render batch into an <see cref="ElementTree"/> and acknowledge it, answer
/// the server's JavaScript calls at once (<see cref="BrowserStandIn"/>), navigate by telling the server the location
/// changed, and dispatch browser events (click, input, change) to the handlers the tree holds, as blazor.web.js does.
/// </summary>
public sealed partial class BlazorCircuit : IAsyncDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(150);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly HubConnection _hub;
    private readonly Uri _base;
    private readonly object _sync = new();
    private readonly ElementTree _tree = new();
    private readonly BrowserStandIn _browser = new();
    private TaskCompletionSource _batchArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastBatchTicks;
    private long _nextBatchId; // 0 until the first batch (the server numbers from 2: batch 1 was the prerendered page)
    private int _batches;
    private long _nextCallId;
    private long _jsCalls;
    private readonly SemaphoreSlim _order = new(1, 1); // a batch's apply and acknowledgement, or an event's read and send
    private string? _error;
    private readonly List<byte[]> _firstBatches = [];
    private int _keep;

    private BlazorCircuit(HubConnection hub, Uri baseUri)
    {
        _hub = hub;
        _base = baseUri;
    }

    public string? Error => _error;

    /// <summary>Render batches received and JavaScript calls made by the server so far: what an action cost in messages.</summary>
    public ActionTraffic Traffic => new(Volatile.Read(ref _batches), Interlocked.Read(ref _jsCalls));

    /// <summary>The first batches as they came, as many as the transport keeps (for the decoder's tests: real batches of the real app).</summary>
    public IReadOnlyList<byte[]> FirstBatches
    {
        get { lock (_sync) return _firstBatches.ToList(); }
    }

    /// <summary>Reads the page's tree under the circuit's lock (batches are applied under it).</summary>
    public T Read<T>(Func<ElementTree, T> read)
    {
        lock (_sync) return read(_tree);
    }

    /// <summary>Opens the page at <paramref name="path"/> (signed in: the cookie is in the transport's) and starts its circuit.</summary>
    public static async Task<BlazorCircuit> StartAsync(HttpClient http, CircuitTransport transport, Uri baseUri, string path, CancellationToken stop,
        Func<ElementTree, bool>? ready = null)
    {
        var html = await http.GetStringAsync(new Uri(baseUri, path), stop);
        var markers = Markers().Matches(html).Select(m => JsonNode.Parse(m.Groups[1].Value)!)
            .Where(m => m["descriptor"] is not null).ToList();
        if (markers.Count == 0) throw new InvalidOperationException($"{path}: no interactive component markers (signed out?)");
        var state = State().Match(html) is { Success: true } s ? s.Groups[1].Value : "";

        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUri, "/_blazor"), o => transport.Configure(o, baseUri));
        builder.Services.RemoveAll<IHubProtocol>();
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        var hub = builder.Build();
        var circuit = new BlazorCircuit(hub, baseUri) { _keep = transport.KeepBatches };
        circuit.Listen();
        await hub.StartAsync(stop);

        var id = await hub.InvokeAsync<string?>("StartCircuit", baseUri.ToString(), new Uri(baseUri, path).ToString(), "[]", state, stop);
        if (string.IsNullOrEmpty(id)) throw new InvalidOperationException($"{path}: the server refused to start a circuit");
        var operations = new JsonArray(markers.Select((m, i) => (JsonNode)new JsonObject
        {
            ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = m.DeepClone(),
        }).ToArray());
        var batch = new JsonObject { ["batchId"] = 1, ["operations"] = operations };
        await circuit.ActAsync(() => hub.SendAsync("UpdateRootComponents", batch.ToJsonString(), state, stop), ready, stop);
        return circuit;
    }

    /// <summary>
    /// Navigates within the circuit (as an enhanced link click does). Done when <paramref name="ready"/> holds after a
    /// batch, or, without it, when the server stops rendering: the round trip is from the request to that batch.
    /// </summary>
    public Task<TimeSpan> NavigateAsync(string path, CancellationToken stop, Func<ElementTree, bool>? ready = null) =>
        ActAsync(() => _hub.SendAsync("OnLocationChanged", new Uri(_base, path).ToString(), (string?)null, true, stop), ready, stop);

    /// <summary>
    /// Dispatches <paramref name="eventName"/> to the handler of <paramref name="target"/> or its nearest listening ancestor
    /// (as the event bubbles), with the value for input and change; the round trip as in <see cref="NavigateAsync"/>.
    /// </summary>
    public Task<TimeSpan> DispatchAsync(DomElement target, string eventName, CancellationToken stop, string? value = null, Func<ElementTree, bool>? until = null) =>
        ActAsync(async () =>
        {
            // In a browser the handler's id is read from the DOM and the event sent before a later batch can be applied and
            // acknowledged (one thread does both); the server drops a replaced handler's id on that acknowledgement. Read and
            // send under the lock the batches take to apply and acknowledge, or a re-render that lands in between (another
            // secretary's change shown live) makes the event name a handler already gone, and the call fails.
            await _order.WaitAsync(stop);
            try
            {
                string args;
                lock (_sync)
                {
                    var (name, eventArgs) = BrowserStandIn.Event(target, eventName, value);
                    var listener = target.Listening(name) ?? throw new InvalidOperationException($"nothing listens to {name} at {target}");
                    var (handlerId, componentId) = listener.Handlers[name];
                    // A value event carries its field (the component that bound it) so the server updates its tree without a diff.
                    object? field = value is null ? null : new { componentId, fieldValue = value };
                    if (value is not null) listener.Attributes["value"] = value;
                    args = BrowserStandIn.Json(new object?[] { new { eventHandlerId = handlerId, eventName = name, eventFieldInfo = field }, eventArgs });
                }
                var interop = _browser.RendererInterop ?? throw new InvalidOperationException("the renderer's interop object has not been attached");
                var callId = Interlocked.Increment(ref _nextCallId).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await _hub.SendAsync("BeginInvokeDotNetFromJS", callId, (string?)null, "DispatchEventAsync", interop, args, stop);
            }
            finally
            {
                _order.Release();
            }
        }, until, stop);

    private async Task<TimeSpan> ActAsync(Func<Task> send, Func<ElementTree, bool>? until, CancellationToken stop)
    {
        var start = DateTime.UtcNow.Ticks;
        var before = Volatile.Read(ref _batches);
        await send();
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            Task next;
            lock (_sync)
            {
                if (_error is not null) throw new InvalidOperationException($"the circuit failed: {_error}");
                if (_hub.State != HubConnectionState.Connected) throw new InvalidOperationException("the circuit's connection closed");
                if (_batches > before)
                {
                    if (until is not null && until(_tree)) return TimeSpan.FromTicks(_lastBatchTicks - start);
                    if (until is null && DateTime.UtcNow.Ticks - _lastBatchTicks > Settle.Ticks) return TimeSpan.FromTicks(_lastBatchTicks - start);
                }
                next = _batchArrived.Task;
            }
            var wait = until is null && _batches > before ? Settle : deadline - DateTime.UtcNow;
            if (wait <= TimeSpan.Zero)
                throw new TimeoutException($"no {(until is null ? "render" : "page in the state awaited")} within {Patience.TotalSeconds:N0} s " +
                                           $"({_batches - before} batches since; {Read(t => t.Describe())})");
            await Task.WhenAny(next, Task.Delay(wait, stop));
            stop.ThrowIfCancellationRequested();
        }
    }

    private void Listen()
    {
        _hub.On<long, byte[]>("JS.RenderBatch", async (batchId, data) =>
        {
            await _order.WaitAsync();
            try
            {
                await ApplyAsync(batchId, data);
            }
            finally
            {
                _order.Release();
            }
        });
        // .NET 10 sends six arguments (the last is the call type: a function call, a constructor, a property read or write).
        _hub.On<long, string, string, int, long, int>("JS.BeginInvokeJS", async (taskId, identifier, argsJson, resultType, _, _) =>
        {
            Interlocked.Increment(ref _jsCalls);
            if (taskId == 0) return; // fire-and-forget: no answer expected
            await _hub.SendAsync("EndInvokeJSFromDotNet", taskId, true, _browser.Answer(taskId, identifier, argsJson, resultType));
        });
        _hub.On<string, bool, string>("JS.EndInvokeDotNet", (callId, succeeded, result) =>
        {
            if (!succeeded) _error ??= $"call {callId} failed: {result}";
        });
        _hub.On<string>("JS.Error", message => _error = message);
        _hub.Closed += e =>
        {
            _error ??= e?.Message ?? "closed";
            return Task.CompletedTask;
        };
    }

    /// <summary>Applies a batch to the tree and acknowledges it, as blazor.web.js does (under <c>_order</c>: see <see cref="DispatchAsync"/>).</summary>
    private async Task ApplyAsync(long batchId, byte[] data)
    {
        string? failure = null;
        TaskCompletionSource arrived;
        lock (_sync)
        {
            // blazor.web.js applies batches in order; a batch ahead of the next one waits for the server to resend it.
            if (_nextBatchId != 0 && batchId != _nextBatchId) return;
            _nextBatchId = batchId;
            if (_firstBatches.Count < _keep) _firstBatches.Add(data);
            try
            {
                _tree.Apply(RenderBatch.Read(data));
            }
            catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException or InvalidCastException)
            {
                failure = $"batch {batchId}: {e.Message}";
                _error ??= failure;
            }
            _nextBatchId++;
            _batches++;
            _lastBatchTicks = DateTime.UtcNow.Ticks;
            arrived = _batchArrived;
            _batchArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        arrived.TrySetResult();
        await _hub.SendAsync("OnRenderCompleted", batchId, failure);
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
