using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Township.Congress.Web.Infrastructure;

/// <summary>
/// Lockout per (client address, user name) instead of per account: five failures from one
/// address lock that address out for that name for 15 minutes (IdentityOptions.Lockout), while the
/// person, from their own office, can still sign in. Unknown names are counted exactly like
/// known ones, so the lockout tells nothing about which names exist. The per-address request
/// limit (rate limiter policy <see cref="PolicyName"/>) caps how fast one address may try.
/// </summary>
public sealed class LoginThrottle(IOptions<IdentityOptions> identity, TimeProvider clock)
{
    public const string PolicyName = "login";
    private const int MaxTracked = 100_000;
    private readonly ConcurrentDictionary<string, Failures> _failures = new();

    private sealed record Failures(int Count, DateTime FirstUtc, DateTime? LockedUntilUtc);

    private int MaxFailures => identity.Value.Lockout.MaxFailedAccessAttempts;
    private TimeSpan LockoutSpan => identity.Value.Lockout.DefaultLockoutTimeSpan;
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public bool IsLockedOut(string address, string userName) =>
        _failures.TryGetValue(Key(address, userName), out var f) && f.LockedUntilUtc > Now;

    /// <summary>Counts a failure; true when this failure locks the pair out.</summary>
    public bool RecordFailure(string address, string userName)
    {
        var now = Now;
        if (_failures.Count > MaxTracked) Prune(now);
        var updated = _failures.AddOrUpdate(Key(address, userName),
            _ => new Failures(1, now, null),
            (_, f) => now - f.FirstUtc > LockoutSpan ? new Failures(1, now, null) : f with { Count = f.Count + 1 });
        if (updated.Count < MaxFailures) return false;
        _failures[Key(address, userName)] = updated with { LockedUntilUtc = now + LockoutSpan };
        return true;
    }

    public void Reset(string address, string userName) => _failures.TryRemove(Key(address, userName), out _);

    private void Prune(DateTime now)
    {
        foreach (var (key, f) in _failures)
            if (now - f.FirstUtc > LockoutSpan && !(f.LockedUntilUtc > now)) _failures.TryRemove(key, out _);
    }

    /// <summary>Too many attempts from one address: the form goes back to the login page, the API answers 429.</summary>
    public static async ValueTask RejectAsync(HttpContext http)
    {
        if (http.Request.Path.StartsWithSegments("/account"))
        {
            http.Response.Redirect("/login?error=TooMany");
            return;
        }
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = "60";
        await http.Response.WriteAsJsonAsync(new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests, Title = Resources.UiText.Login_FailedTitle, Detail = Resources.UiText.Login_TooMany,
        }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }

    private static string Key(string address, string userName) => address + "\n" + userName.ToUpperInvariant();
}
