using Microsoft.JSInterop;

namespace Township.Congress.Web.Components.Shared;

/// <summary>
/// The server's side of wwwroot/js/drafts.js: keys of the long texts kept as drafts in the browser, and forgetting a
/// draft once its form was saved.
/// </summary>
public static class Drafts
{
    public static string NewSuggestion(Guid townshipId) => $"suggestion-new:{townshipId}";
    public static string Suggestion(Guid id) => $"suggestion:{id}";
    public static string Step(Guid suggestionId, object action) => $"step:{suggestionId}:{action}";

    /// <summary>Forgets the draft; a browser that is already gone has nothing to forget.</summary>
    public static async Task ClearAsync(IJSRuntime js, string key)
    {
        try { await js.InvokeVoidAsync("congressDrafts.clear", key); }
        catch (JSDisconnectedException) { /* the circuit is gone */ }
        catch (JSException) { /* drafts.js not loaded: nothing was kept */ }
    }

    /// <summary>
    /// Asks the browser for the kept draft of the field marked <c>data-draft-key=key</c>; when the field is shown and a
    /// draft differs from what it holds, <paramref name="restore"/> gets the text to put into the bound value. Dispose
    /// the result with the component.
    /// </summary>
    public static async Task<DraftRestorer> WatchAsync(IJSRuntime js, string key, Func<string, Task> restore)
    {
        var restorer = new DraftRestorer(js, key, restore);
        await restorer.StartAsync();
        return restorer;
    }

    /// <summary>Whether in-app navigation may go ahead (asks the user when a draft field holds unsaved text).</summary>
    public static async Task<bool> MayLeaveAsync(IJSRuntime js)
    {
        try { return await js.InvokeAsync<bool?>("congressDrafts.confirmLeave") != false; }
        catch (JSDisconnectedException) { return true; }
        catch (JSException) { return true; }
    }
}

/// <summary>The component's end of a draft restore: drafts.js calls <see cref="Restore"/> with the kept text.</summary>
public sealed class DraftRestorer : IAsyncDisposable
{
    private readonly IJSRuntime _js;
    private readonly string _key;
    private readonly Func<string, Task> _restore;
    private readonly DotNetObjectReference<DraftRestorer> _self;
    private readonly string _token = Guid.NewGuid().ToString("N");

    internal DraftRestorer(IJSRuntime js, string key, Func<string, Task> restore)
    {
        (_js, _key, _restore) = (js, key, restore);
        _self = DotNetObjectReference.Create(this);
    }

    internal async Task StartAsync()
    {
        try { await _js.InvokeVoidAsync("congressDrafts.watch", _key, _self, _token); }
        catch (JSDisconnectedException) { /* the circuit is gone */ }
        catch (JSException) { /* drafts.js not loaded: nothing was kept */ }
    }

    [JSInvokable]
    public Task Restore(string draft) => _restore(draft);

    public async ValueTask DisposeAsync()
    {
        try { await _js.InvokeVoidAsync("congressDrafts.unwatch", _key, _token); }
        catch (JSDisconnectedException) { /* the circuit is gone */ }
        catch (JSException) { /* drafts.js not loaded */ }
        _self.Dispose();
    }
}
