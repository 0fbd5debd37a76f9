using Microsoft.AspNetCore.Mvc;
using Township.Congress.Web.Infrastructure;

namespace Township.Congress.Web.Features.Account;

/// <summary>
/// The login form posts here: signing in sets a cookie, which an interactive circuit cannot
/// do, so the form is plain HTML handled by an endpoint.
/// </summary>
public static class AccountForms
{
    public static void MapAccountForms(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/login", async ([FromForm] string? userName, [FromForm] string? password,
            [FromForm] string? returnUrl, LoginService login) =>
        {
            var outcome = await login.SignInAsync(userName, password);
            var target = LocalPath(returnUrl);
            return outcome == LoginOutcome.Succeeded
                ? Results.LocalRedirect(target)
                : Results.LocalRedirect($"/login?error={outcome}&returnUrl={Uri.EscapeDataString(target)}");
        }).RequireRateLimiting(LoginThrottle.PolicyName);
        app.MapPost("/account/logout", async (LoginService login) =>
        {
            await login.SignOutAsync();
            return Results.LocalRedirect("/login");
        });
        // Open pages call this (js/session-keepalive.js) while the user types or clicks: work on a
        // page is activity, and only activity keeps the server session from idling out.
        app.MapGet("/account/alive", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return Results.NoContent();
        }).RequireAuthorization();
    }

    /// <summary>
    /// A path on this site, or "/": anything else (another host, "//host", "/\host", control
    /// characters or white space, which browsers strip or mangle) would be an open redirect or a 500.
    /// </summary>
    public static string LocalPath(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > 2048 || url[0] != '/') return "/";
        if (url.Length > 1 && url[1] is '/' or '\\') return "/";
        foreach (var c in url)
            if (char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\') return "/";
        return url;
    }
}
