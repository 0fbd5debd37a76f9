using Microsoft.AspNetCore.Mvc;
using Township.Congress.Web.Infrastructure;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Api;

public sealed record LoginRequest(string? UserName, string? Password);

public static class AuthEndpoints
{
    public static void MapAuthApi(this IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("auth");
        auth.MapPost("/login", async (LoginRequest request, LoginService login) =>
        {
            var result = await login.SignInAsync(request.UserName, request.Password);
            return result switch
            {
                LoginOutcome.Succeeded => Results.Ok(new { userName = request.UserName!.Trim() }),
                LoginOutcome.TooLong => TooLong(request),
                _ => Refused(result),
            };
        }).AllowAnonymous().RequireRateLimiting(LoginThrottle.PolicyName);
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

    /// <summary>
    /// The same bytes for every refused login (no trace id): an unknown user name and a wrong
    /// password must not be told apart by the answer.
    /// </summary>
    private static IResult Refused(LoginOutcome outcome) => Results.Json(
        new ProblemDetails
        {
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.2",
            Title = UiText.Login_FailedTitle, Status = StatusCodes.Status401Unauthorized, Detail = LoginService.Message(outcome),
        },
        statusCode: StatusCodes.Status401Unauthorized, contentType: "application/problem+json");

    private static IResult TooLong(LoginRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.UserName?.Length > LoginService.MaxUserNameLength) errors["userName"] = [UiText.Login_TooLong];
        if (request.Password?.Length > LoginService.MaxPasswordLength) errors["password"] = [UiText.Login_TooLong];
        return Results.ValidationProblem(errors, detail: UiText.Login_TooLong);
    }
}
