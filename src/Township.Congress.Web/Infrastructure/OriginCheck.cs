using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Infrastructure;

/// <summary>
/// Refuses API writes sent by a page of another site (docs/decisions/0010-requests-from-elsewhere.md).
/// A browser names the page's origin on every cross-origin POST/PUT/PATCH/DELETE (Origin, else
/// Referer), so a write whose Origin or Referer is foreign is refused with 403 before any endpoint
/// runs, unless it carries a valid antiforgery token (which only our own pages can read). A request
/// with neither header comes from a script or a tool, not from a browser page, and is let through:
/// it still needs the login cookie or fails authorization as before. Login is checked too, so no
/// foreign page can sign a visitor in to an account of its choosing.
/// </summary>
public sealed class OriginCheck(RequestDelegate next, IAntiforgery antiforgery, IProblemDetailsService problems, ILogger<OriginCheck> log)
{
    /// <summary>Extra origins trusted like our own (e.g. the public address behind a proxy that rewrites Host).</summary>
    public const string TrustedOriginsKey = "Security:TrustedOrigins";

    public async Task InvokeAsync(HttpContext http, IConfiguration config)
    {
        var request = http.Request;
        if (!request.Path.StartsWithSegments("/api") || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method)
            || IsSameSite(request, config.GetSection(TrustedOriginsKey).Get<string[]>() ?? [])
            || await HasValidTokenAsync(http))
        {
            await next(http);
            return;
        }
        log.LogWarning("Refused {Method} {Path} from origin {Origin}", request.Method, request.Path,
            request.Headers.Origin.ToString() is { Length: > 0 } o ? o : request.Headers.Referer.ToString());
        http.Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = 403, Title = UiText.Problem_CrossOrigin, Detail = UiText.Problem_CrossOriginDetail },
        });
    }

    /// <summary>Origin decides when present; otherwise Referer; a request with neither is not from a browser page.</summary>
    public static bool IsSameSite(HttpRequest request, IReadOnlyCollection<string> trusted)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0) return IsOurs(origin, request, trusted);
        var referer = request.Headers.Referer.ToString();
        return referer.Length == 0 || IsOurs(referer, request, trusted);
    }

    private static bool IsOurs(string url, HttpRequest request, IReadOnlyCollection<string> trusted)
    {
        // "null" (sandboxed frames, file: pages) and anything unparsable are foreign.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return false;
        var origin = uri.GetLeftPart(UriPartial.Authority);
        var own = $"{request.Scheme}://{request.Host.Value}";
        return string.Equals(origin, new Uri(own).GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase)
            || trusted.Any(t => Uri.TryCreate(t, UriKind.Absolute, out var tu)
                && string.Equals(origin, tu.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Only the header token counts here: a form field would mean reading a possibly large upload first.</summary>
    private async Task<bool> HasValidTokenAsync(HttpContext http)
    {
        if (!http.Request.Headers.ContainsKey(AntiforgeryHeader)) return false;
        try
        {
            return await antiforgery.IsRequestValidAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    /// <summary>The header our own pages would send the antiforgery token in (ASP.NET Core's default name).</summary>
    public const string AntiforgeryHeader = "RequestVerificationToken";
}
