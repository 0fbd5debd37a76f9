using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Township.Congress.Auditing;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Security;
using Township.Congress.Suggestions;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Infrastructure;

/// <summary>
/// Turns the model's exceptions into RFC 7807 problem details for the API: invalid input 400,
/// someone else's record 404 (exactly like a missing one), a stale save or a step not allowed now 409.
/// </summary>
public sealed class ProblemMapping(IProblemDetailsService problems, ILogger<ProblemMapping> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var accessLog = http.RequestServices.GetRequiredService<AccessLog>();
        ProblemDetails problem;
        switch (exception)
        {
            case DomainValidationException v:
                problem = new HttpValidationProblemDetails(v.Errors.GroupBy(e => e.Field)
                    .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()))
                { Status = 400, Title = UiText.Problem_InvalidInput, Detail = v.Message };
                break;
            case ConcurrencyConflictException c:
                problem = new ProblemDetails { Status = 409, Title = UiText.Problem_Conflict, Detail = c.Message };
                break;
            case DocumentNotAvailableException na:
                problem = new ProblemDetails { Status = 409, Title = UiText.Problem_DocumentNotAvailable, Detail = na.Message };
                break;
            case TransitionNotAllowedException t:
                // The item is there, but not in a state for this step: say which steps are possible now.
                problem = new ProblemDetails { Status = 409, Title = UiText.Problem_TransitionNotAllowed, Detail = t.Message };
                problem.Extensions["action"] = SuggestionLabels.ApiName(t.Action);
                problem.Extensions["state"] = t.State.ToString();
                problem.Extensions["allowed"] = t.Allowed.Select(SuggestionLabels.ApiName).ToArray();
                break;
            case TownshipAccessDeniedException denied when denied.TownshipId is { } t && accessLog.ScopeOf(http).CanRead(t):
                // Readable but not writable (county staff, chairs): the record exists for them.
                await accessLog.WriteRefusedAsync(http, denied.EntityType, denied.Key, t, ct);
                problem = new ProblemDetails { Status = 403, Title = UiText.Problem_ReadOnly, Detail = UiText.Problem_ReadOnlyDetail };
                break;
            case TownshipAccessDeniedException denied:
                await accessLog.DeniedAsync(http, denied.EntityType, denied.Key, ct);
                problem = NotFound();
                break;
            case Reports.Fonts.MissingCjkFontException fonts:
                log.LogError("PDF fonts missing: {Message}", fonts.Message);
                problem = new ProblemDetails { Status = 503, Title = UiText.Problem_FontsMissing, Detail = fonts.Message };
                break;
            case KeyNotFoundException:
                problem = NotFound();
                break;
            case BadHttpRequestException bad when InputContract.Errors(bad) is { Count: > 0 } errors:
                // The body or a parameter could not be read: name the field, in Chinese.
                problem = new HttpValidationProblemDetails(errors)
                { Status = bad.StatusCode, Title = UiText.Problem_InvalidInput, Detail = string.Join("；", errors.Values.SelectMany(v => v)) };
                break;
            case BadHttpRequestException bad:
                problem = new ProblemDetails { Status = bad.StatusCode, Title = UiText.Problem_BadRequest, Detail = bad.Message };
                break;
            case var outage when DatabaseStatus.IsOutage(outage):
                // The database is away (stopped, restarting, unreachable): say so and when to retry, not "server error".
                log.LogWarning("Database unavailable on {Path}: {Message}", http.Request.Path, exception.Message);
                http.RequestServices.GetRequiredService<DatabaseStatus>().Set(false);
                http.Response.Headers.RetryAfter = "5";
                problem = new ProblemDetails { Status = 503, Title = UiText.Problem_DatabaseUnavailable, Detail = UiText.Problem_DatabaseUnavailableDetail };
                break;
            default:
                log.LogError(exception, "Unhandled error on {Path}", http.Request.Path);
                problem = new ProblemDetails { Status = 500, Title = UiText.Problem_ServerError, Detail = UiText.Problem_ServerErrorDetail };
                break;
        }
        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    public static ProblemDetails NotFound() => new() { Status = 404, Title = UiText.Problem_NotFound, Detail = UiText.Problem_NotFoundDetail };
}
