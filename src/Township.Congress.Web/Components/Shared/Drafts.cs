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

    /// <summary>Whether in-app navigation may go ahead (asks the user when a draft field holds unsaved text).</summary>
    public static async Task<bool> MayLeaveAsync(IJSRuntime js)
    {
        try { return await js.InvokeAsync<bool?>("congressDrafts.confirmLeave") != false; }
        catch (JSDisconnectedException) { return true; }
        catch (JSException) { return true; }
    }
}
