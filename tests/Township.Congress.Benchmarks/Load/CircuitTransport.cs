using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;

namespace Township.Congress.Benchmarks.Load;

/// <summary>
/// How a protocol circuit reaches the app, with its own cookies: over loopback sockets (the load driver), or in memory
/// through a test host's handler and WebSocket client (the tests, which capture real batches of the real app).
/// </summary>
public sealed class CircuitTransport
{
    private readonly Func<HttpMessageHandler>? _handler;
    private readonly Func<Uri, string, CancellationToken, Task<WebSocket>>? _webSocket;

    private CircuitTransport(Func<HttpMessageHandler>? handler, Func<Uri, string, CancellationToken, Task<WebSocket>>? webSocket, int keepBatches = 0)
    {
        _handler = handler;
        _webSocket = webSocket;
        KeepBatches = keepBatches;
    }

    public CookieContainer Cookies { get; } = new();

    /// <summary>How many of its first render batches a circuit keeps as they came (tests read them; the load driver keeps none).</summary>
    public int KeepBatches { get; }

    public static CircuitTransport Loopback() => new(null, null);

    /// <param name="handler">A new handler into the host (a test server's <c>CreateHandler</c>).</param>
    /// <param name="webSocket">Opens a WebSocket into the host at a URI with a Cookie header.</param>
    /// <param name="keepBatches">See <see cref="KeepBatches"/>.</param>
    public static CircuitTransport InMemory(Func<HttpMessageHandler> handler, Func<Uri, string, CancellationToken, Task<WebSocket>> webSocket,
        int keepBatches = 0) => new(handler, webSocket, keepBatches);

    public HttpClient CreateHttp(Uri baseUri) =>
        new(_handler is null
            ? new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }
            : new CookieJar(Cookies) { InnerHandler = _handler() }) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };

    public void Configure(HttpConnectionOptions options, Uri baseUri)
    {
        options.Transports = HttpTransportType.WebSockets;
        options.Headers["Origin"] = baseUri.GetLeftPart(UriPartial.Authority);
        if (_handler is null)
        {
            options.Cookies = Cookies;
            return;
        }
        options.HttpMessageHandlerFactory = _ => new CookieJar(Cookies) { InnerHandler = _handler() };
        var open = _webSocket!;
        options.WebSocketFactory = async (context, stop) =>
            await open(context.Uri, Cookies.GetCookieHeader(new Uri(baseUri, context.Uri.AbsolutePath)), stop);
    }

    /// <summary>Cookies for a handler that keeps none of its own (a test server's).</summary>
    private sealed class CookieJar(CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken stop)
        {
            var uri = request.RequestUri!;
            if (cookies.GetCookieHeader(uri) is { Length: > 0 } header) request.Headers.Add("Cookie", header);
            var response = await base.SendAsync(request, stop);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
                foreach (var cookie in set) cookies.SetCookies(uri, cookie);
            return response;
        }
    }
}
