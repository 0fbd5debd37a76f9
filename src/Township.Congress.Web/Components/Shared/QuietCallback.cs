using Microsoft.AspNetCore.Components;

namespace Township.Congress.Web.Components.Shared;

/// <summary>
/// An <see cref="EventCallback{TValue}"/> with no receiver: invoking it runs the handler and renders nothing. A callback
/// made from a component's method renders that component after the handler's first await and again at its end, and
/// with it every child whose parameters cannot be proven unchanged (the roster page: its filters and its table). For
/// handlers whose work shows elsewhere (a page number written into the URL, a dialog opened by the dialog service, a
/// table that reloads itself) those renders are only diffing; on PostgreSQL, whose calls complete asynchronously,
/// each becomes a render batch of its own (docs/county-server.md, "Render batches on PostgreSQL").
/// </summary>
public static class QuietCallback
{
    public static EventCallback<T> Of<T>(Action<T> handler) => new(null, handler);

    public static EventCallback<T> Of<T>(Func<T, Task> handler) => new(null, handler);
}
