using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Township.Congress.Web.Infrastructure;

/// <summary>Counts the circuits this node holds (open, and of those connected) for <see cref="CircuitDiagnostics"/>.</summary>
public sealed class CircuitCounter
{
    private int _open;
    private int _connected;

    public int Open => Volatile.Read(ref _open);
    public int Connected => Volatile.Read(ref _connected);

    /// <summary>One per circuit (circuit handlers are resolved in the circuit's scope), reporting to the node's counter.</summary>
    public sealed class Handler(CircuitCounter counter) : CircuitHandler
    {
        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref counter._open);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref counter._open);
            return Task.CompletedTask;
        }

        public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref counter._connected);
            return Task.CompletedTask;
        }

        public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref counter._connected);
            return Task.CompletedTask;
        }
    }
}

/// <summary>
/// What the node holds after a full, compacting collection (or, asked with <c>?collect=false</c>, as it is), and what the runtime
/// has spent so far on compiling (JIT) and on collections' pauses: a node just started compiles for minutes, which the load
/// driver must tell from the app's own cost.
/// </summary>
public sealed record CircuitMemory(int Circuits, int ConnectedCircuits, long HeapBytes, long WorkingSetBytes, TimeSpan ProcessorTime,
    long JitMethods = 0, TimeSpan JitTime = default, TimeSpan GcPauses = default);

/// <summary>
/// <c>GET /_diagnostics/circuits</c> for the load driver (tests/Township.Congress.Benchmarks <c>--load</c>): forces a full
/// garbage collection and answers the heap that is left and the circuits held, so memory per circuit is measured
/// on the server, not guessed from outside. A forced collection stalls the node, so the route exists only in
/// Development (never mapped in Production) and answers only loopback callers.
/// </summary>
public static class CircuitDiagnostics
{
    public const string Route = "/_diagnostics/circuits";

    public static void AddCircuitDiagnostics(this IServiceCollection services)
    {
        services.AddSingleton<CircuitCounter>();
        services.AddScoped<CircuitHandler, CircuitCounter.Handler>();
    }

    public static void MapCircuitDiagnostics(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) return;
        app.MapGet(Route, Measure).AllowAnonymous().ExcludeFromDescription();
    }

    private static IResult Measure(HttpContext context, CircuitCounter counter, bool collect = true)
    {
        if (context.Connection.RemoteIpAddress is not { } caller || !IPAddress.IsLoopback(caller)) return Results.NotFound();
        if (collect)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
        using var process = Process.GetCurrentProcess();
        return Results.Ok(new CircuitMemory(counter.Open, counter.Connected, GC.GetTotalMemory(forceFullCollection: false),
            process.WorkingSet64, process.TotalProcessorTime, System.Runtime.JitInfo.GetCompiledMethodCount(),
            System.Runtime.JitInfo.GetCompilationTime(), GC.GetTotalPauseDuration()));
    }
}
