using System.Security.Cryptography;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Township.Congress.Web.Infrastructure;

/// <summary>
/// The security headers on every response (pages, API, downloads, static files, error pages).
/// Added when the response starts, so a handler that clears the headers (the exception handler
/// does) cannot drop them.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string NonceKey = "Township.Congress.CspNonce";

    /// <summary>
    /// Blazor Server and MudBlazor work under this policy (every browser test runs under it and fails
    /// on a violation). Scripts: our own files only, plus the inline import map App.razor renders
    /// through &lt;ImportMap&gt;, which carries this response's nonce; no 'unsafe-eval'. Styles may be
    /// inline: MudBlazor writes style attributes and a theme &lt;style&gt; element. 'self' in connect-src
    /// covers the circuit's WebSocket to the same host (CSP level 3).
    /// </summary>
    public static string Policy(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'self'";

    /// <summary>No page uses these; a page of ours that is ever injected cannot ask for them either.</summary>
    public const string Permissions = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), midi=()";

    public Task InvokeAsync(HttpContext http)
    {
        var nonce = NonceOf(http);
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = Policy(nonce);
            headers.XFrameOptions = "SAMEORIGIN";
            headers.XContentTypeOptions = "nosniff";
            // Keeps the full address (with search terms) inside the site; other sites see only our origin.
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = Permissions;
            // API answers and downloads carry personal data: no browser or proxy may keep a copy.
            if (http.Request.Path.StartsWithSegments("/api"))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }
            headers.Remove("Server");
            return Task.CompletedTask;
        });
        return next(http);
    }

    /// <summary>This request's CSP nonce (App.razor puts it on the inline import map).</summary>
    public static string NonceOf(HttpContext http)
    {
        if (http.Items[NonceKey] is string existing) return existing;
        // Hex, not base64: the page's HTML encoder would escape + and / in the attribute.
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        http.Items[NonceKey] = nonce;
        return nonce;
    }
}

public static class SecurityHeadersSetup
{
    /// <summary>Kestrel names itself in a Server header unless told not to.</summary>
    public static void AddSecurityHeaders(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);
        // A year: browsers that once reached the site over HTTPS never try plain HTTP again.
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
    }

    /// <summary>Headers first (every later response carries them), then HSTS outside Development.</summary>
    public static void UseSecurityHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
    }
}
