using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Township.Congress.Web.Infrastructure;

/// <summary>
/// The UI is Simplified Chinese whatever the server's locale (a host with LANG=en_US must not switch to
/// the English resources). Every request, including the Blazor circuit's, runs in zh-CN; English would be
/// a matter of adding it to <see cref="Supported"/> and choosing it per request.
/// </summary>
public static class UiCulture
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>The cultures requests may use; the first is the default.</summary>
    public static readonly IList<CultureInfo> Supported = [Chinese];

    /// <summary>For threads outside a request (startup, background work).</summary>
    public static void SetProcessDefault()
    {
        CultureInfo.DefaultThreadCurrentCulture = Chinese;
        CultureInfo.DefaultThreadCurrentUICulture = Chinese;
    }

    /// <summary>zh-CN for every request: no provider reads Accept-Language, a query string or a cookie.</summary>
    public static RequestLocalizationOptions RequestOptions() => new()
    {
        DefaultRequestCulture = new RequestCulture(Chinese),
        SupportedCultures = Supported,
        SupportedUICultures = Supported,
        RequestCultureProviders = [],
        FallBackToParentCultures = false,
        FallBackToParentUICultures = false,
    };
}
