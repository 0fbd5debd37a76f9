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
            var target = LocalOr(returnUrl);
            return outcome == LoginOutcome.Succeeded
                ? Results.LocalRedirect(target)
                : Results.LocalRedirect($"/login?error={outcome}&returnUrl={Uri.EscapeDataString(target)}");
        });
        app.MapPost("/account/logout", async (LoginService login) =>
        {
            await login.SignOutAsync();
            return Results.LocalRedirect("/login");
        });
    }

    private static string LocalOr(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : "/";
}
