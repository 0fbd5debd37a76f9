using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Township.Congress.Web.Infrastructure;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Api;

public sealed record LoginRequest(string? UserName, string? Password);

public sealed record LoginResult(string UserName);

/// <summary>GET /api/v1/auth/me: who is signed in and what they may read and write.</summary>
public sealed record CurrentUserDto(string UserName, IReadOnlyList<string> Roles, IReadOnlyList<Guid> TownshipIds,
    Guid? HandlingUnitId, bool Unrestricted, bool CanWrite);

public static class AuthEndpoints
{
    public static void MapAuthApi(this IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("auth").ProducesApiProblems();
        auth.MapPost("/login", Login).WithName("Login").WithSummary("Sign in with user name and password")
            .AllowAnonymous().RequireRateLimiting(LoginThrottle.PolicyName)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        auth.MapGet("/me", CurrentUser).WithName("GetCurrentUser").WithSummary("The signed-in user, roles and townships");
        auth.MapPost("/logout", Logout).WithName("Logout").WithSummary("Sign out");
    }

    public static async Task<Results<Ok<LoginResult>, ProblemHttpResult, JsonHttpResult<ProblemDetails>>> Login(
        LoginRequest request, LoginService login)
    {
        var result = await login.SignInAsync(request.UserName, request.Password);
        return result switch
        {
            LoginOutcome.Succeeded => TypedResults.Ok(new LoginResult(request.UserName!.Trim())),
            LoginOutcome.TooLong => TooLong(request),
            _ => Refused(result),
        };
    }

    public static Ok<CurrentUserDto> CurrentUser(HttpContext http, CongressDbFactory factory)
    {
        var scope = factory.ScopeFor(http.User);
        return TypedResults.Ok(new CurrentUserDto(scope.UserName, http.User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
            scope.ReadableTownshipIds, scope.HandlingUnitId, scope.Unrestricted, scope.CanWriteAny));
    }

    public static async Task<NoContent> Logout(LoginService login)
    {
        await login.SignOutAsync();
        return TypedResults.NoContent();
    }

    /// <summary>
    /// The same bytes for every refused login (no trace id): an unknown user name and a wrong
    /// password must not be told apart by the answer.
    /// </summary>
    private static JsonHttpResult<ProblemDetails> Refused(LoginOutcome outcome) => TypedResults.Json(
        new ProblemDetails
        {
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.2",
            Title = UiText.Login_FailedTitle, Status = StatusCodes.Status401Unauthorized, Detail = LoginService.Message(outcome),
        },
        statusCode: StatusCodes.Status401Unauthorized, contentType: "application/problem+json");

    /// <summary>What Results.ValidationProblem answered: a problem result carrying the field errors.</summary>
    private static ProblemHttpResult TooLong(LoginRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.UserName?.Length > LoginService.MaxUserNameLength) errors["userName"] = [UiText.Login_TooLong];
        if (request.Password?.Length > LoginService.MaxPasswordLength) errors["password"] = [UiText.Login_TooLong];
        return TypedResults.Problem(new HttpValidationProblemDetails(errors) { Detail = UiText.Login_TooLong });
    }
}
