using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Township.Congress.Web.Infrastructure;

/// <summary>
/// The UI is Simplified Chinese whatever the server's locale (a host with LANG=en_US must not switch to
/// the English resources) and whatever the browser asks: every page and the Blazor circuit run in zh-CN.
/// The API alone honours Accept-Language for its texts (problem titles and the model's messages), so a
/// script may ask for English; formatting (numbers, dates) stays Chinese.
/// </summary>
public static class UiCulture
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The cultures requests may use; the first is the default.</summary>
    public static readonly IList<CultureInfo> Supported = [Chinese];

    /// <summary>The UI cultures an API request may ask for with Accept-Language.</summary>
    public static readonly IList<CultureInfo> SupportedUi = [Chinese, English];

    /// <summary>For threads outside a request (startup, background work).</summary>
    public static void SetProcessDefault()
    {
        CultureInfo.DefaultThreadCurrentCulture = Chinese;
        CultureInfo.DefaultThreadCurrentUICulture = Chinese;
    }

    /// <summary>zh-CN for every page: no provider reads a query string or a cookie; Accept-Language only under /api.</summary>
    public static RequestLocalizationOptions RequestOptions() => new()
    {
        DefaultRequestCulture = new RequestCulture(Chinese),
        SupportedCultures = Supported,
        SupportedUICultures = SupportedUi,
        RequestCultureProviders = [new ApiLanguage()],
        FallBackToParentCultures = false,
        FallBackToParentUICultures = false,
    };

    /// <summary>Accept-Language on /api requests: "en", "en-US" → English; anything else → Chinese.</summary>
    private sealed class ApiLanguage : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext http)
        {
            if (!http.Request.Path.StartsWithSegments("/api")) return NullProviderCultureResult;
            var wanted = http.Request.GetTypedHeaders().AcceptLanguage
                .Where(l => l.Quality is not 0).OrderByDescending(l => l.Quality ?? 1).Select(l => l.Value.Value ?? "");
            foreach (var tag in wanted)
            {
                if (tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase)) break;
                if (tag.Equals("en", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("en-", StringComparison.OrdinalIgnoreCase))
                    return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(Chinese.Name, English.Name));
            }
            return NullProviderCultureResult;
        }
    }
}
