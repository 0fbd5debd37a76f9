namespace Township.Congress.Web.Components.Shared;

/// <summary>
/// Where each list was last left (its URL with filters and page), kept by the layout for the circuit, so an
/// item's back arrow returns to the list as the user left it rather than to its defaults.
/// </summary>
public sealed class ListReturns
{
    private readonly Dictionary<string, string> _last = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records the list's current relative URL ("suggestions?state=Assigned&amp;page=2").</summary>
    public void Remember(string listPath, string relativeUrl) => _last[listPath] = relativeUrl;

    /// <summary>The list's last URL, or the list itself when it was not visited in this circuit.</summary>
    public string To(string listPath) => _last.TryGetValue(listPath, out var url) ? "/" + url.TrimStart('/') : listPath;
}
