using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Township.Congress.Benchmarks.Load;

/// <summary>
/// The answers a page's JavaScript calls get from the protocol client, as blazor.web.js would give them: a void call
/// succeeds with nothing; a call that wants a value gets what a browser would say where the value matters to the
/// page (an element's size, a JS object reference, "may leave") and null otherwise. Every call is answered at once:
/// an unanswered call waits on the server until its timeout (a minute), holding its component's work with it.
/// Counts the calls per function, so a run can say which ones the pages make.
/// </summary>
public sealed class BrowserStandIn
{
    /// <summary>JSCallResultType: the value as JSON, a JS object reference, a stream reference, nothing.</summary>
    private const int JsonResult = 0, ObjectReference = 1, VoidResult = 3;

    private static readonly ConcurrentDictionary<string, int> Calls = new(StringComparer.Ordinal);
    private long _nextObjectId;

    /// <summary>The renderer's interop object (<c>Blazor._internal.attachWebRendererInterop</c>): events are dispatched to it.</summary>
    public long? RendererInterop { get; private set; }

    /// <summary>Functions called, over every circuit of the process (for the run's report).</summary>
    public static IReadOnlyDictionary<string, int> CallsByFunction => Calls;

    /// <summary>The JSON blazor.web.js sends back in <c>EndInvokeJSFromDotNet</c>: <c>[taskId, true, value]</c>.</summary>
    public string Answer(long taskId, string identifier, string argsJson, int resultType)
    {
        Calls.AddOrUpdate(identifier, 1, (_, n) => n + 1);
        if (identifier == "Blazor._internal.attachWebRendererInterop")
        {
            // [rendererId, {"__dotNetObject": id}, …]: the object whose DispatchEventAsync receives the browser's events.
            var args = JsonNode.Parse(argsJson)!.AsArray();
            RendererInterop = args[1]?["__dotNetObject"]?.GetValue<long>();
        }
        var value = resultType switch
        {
            VoidResult => null,
            ObjectReference => new JsonObject { ["__jsObjectId"] = Interlocked.Increment(ref _nextObjectId) },
            _ => ValueOf(identifier),
        };
        return new JsonArray(taskId, true, value).ToJsonString();
    }

    /// <summary>Values where null would change what the page does; the rest is null (the element is not there).</summary>
    private static JsonNode? ValueOf(string identifier) => identifier switch
    {
        // The drafts script: no unsaved draft in a fresh tab, so leaving is allowed.
        "congressDrafts.confirmLeave" => true,
        // MudBlazor's size and position queries: a box of a 1440×900 window, as the browser client's viewport.
        _ when identifier.EndsWith("getBoundingClientRect", StringComparison.Ordinal) => Box(),
        "mudResizeListener.matchMedia" or "mudResizeListenerFactory.matchMedia" => false,
        _ when identifier.Contains("getBrowserWindowSize", StringComparison.Ordinal) => new JsonObject { ["height"] = 900, ["width"] = 1440 },
        _ => null,
    };

    private static JsonObject Box() => new()
    {
        ["top"] = 0, ["left"] = 0, ["width"] = 1440, ["height"] = 900, ["bottom"] = 900, ["right"] = 1440,
        ["x"] = 0, ["y"] = 0, ["scrollX"] = 0, ["scrollY"] = 0, ["windowHeight"] = 900, ["windowWidth"] = 1440,
    };

    /// <summary>
    /// The event a browser raises for <paramref name="eventName"/> at <paramref name="target"/>, and its arguments: a click
    /// on a table row's markup button (<c>data-row-action</c>) is the app's <c>rowaction</c> event with the button's action
    /// and row, as wwwroot/js/row-actions.js raises it; anything else as blazor.web.js sends it (<see cref="EventArgs"/>).
    /// </summary>
    public static (string Name, object Args) Event(DomElement target, string eventName, string? value)
    {
        if (eventName == "click")
            for (DomNode? node = target; node is not null; node = node.Parent)
                if (node is DomElement { Name: "button" } button && button["data-row-action"] is { } action)
                    return button.Disabled ? throw new InvalidOperationException($"{button} is disabled")
                        : ("rowaction", new { action, row = button["data-row"] ?? "" });
        return (eventName, EventArgs(eventName, value));
    }

    /// <summary>The event arguments blazor.web.js sends for a click (MouseEventArgs) or a value change (ChangeEventArgs).</summary>
    public static object EventArgs(string eventName, string? value) => eventName switch
    {
        "click" or "mousedown" or "mouseup" => new
        {
            detail = 1, screenX = 0, screenY = 0, clientX = 0, clientY = 0, offsetX = 0, offsetY = 0, pageX = 0, pageY = 0,
            movementX = 0, movementY = 0, button = 0, buttons = 0, ctrlKey = false, shiftKey = false, altKey = false, metaKey = false, type = eventName,
        },
        "input" or "change" => new { value },
        _ => new { type = eventName },
    };

    public static string Json(object value) => JsonSerializer.Serialize(value);
}
