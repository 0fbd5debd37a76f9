using Microsoft.AspNetCore.Identity;
using Township.Congress.Web.Infrastructure;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Api;

public sealed record LoginRequest(string UserName, string Password);

public static class AuthEndpoints
{
    public static void MapAuthApi(this IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("auth");
        auth.MapPost("/login", async (LoginRequest request, LoginService login) =>
        {
            var result = await login.SignInAsync(request.UserName, request.Password);
            return result == LoginOutcome.Succeeded
                ? Results.Ok(new { userName = request.UserName })
                : Results.Problem(statusCode: 401, title: UiText.Login_FailedTitle, detail: LoginService.Message(result));
        }).AllowAnonymous();
        auth.MapGet("/me", (HttpContext http, CongressDbFactory factory) =>
        {
            var scope = factory.ScopeFor(http.User);
            return new
            {
                userName = scope.UserName,
                roles = http.User.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value).ToList(),
                townshipIds = scope.ReadableTownshipIds,
                handlingUnitId = scope.HandlingUnitId,
                unrestricted = scope.Unrestricted,
                canWrite = scope.CanWriteAny,
            };
        });
        auth.MapPost("/logout", async (LoginService login) =>
        {
            await login.SignOutAsync();
            return Results.NoContent();
        });
    }
}
