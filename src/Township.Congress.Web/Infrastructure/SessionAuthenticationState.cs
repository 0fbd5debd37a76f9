using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Township.Congress.Web.Infrastructure;

/// <summary>
/// The signed-in user of a circuit, checked against the server session: every
/// <see cref="SecurityOptions.RevalidationInterval"/>, before every action the page sends
/// (<see cref="SessionCircuitHandler"/>) and before every database use
/// (<see cref="CongressDbFactory.CreateAsync"/>). Once the session has ended the user becomes
/// anonymous, so the router sends the page to the login form, and nothing more is saved.
/// </summary>
public sealed class SessionAuthenticationStateProvider(
    ILoggerFactory loggers, ServerSessionStore sessions, SecurityOptions security)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    private static readonly AuthenticationState Anonymous = new(new ClaimsPrincipal(new ClaimsIdentity()));

    protected override TimeSpan RevalidationInterval => security.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken) =>
        state.User.Identity?.IsAuthenticated != true
        || (ServerSessionStore.IdOf(state.User) is { } id && await sessions.IsAliveAsync(id));

    /// <summary>True while the circuit's session holds (or nobody is signed in); otherwise signs the circuit out.</summary>
    public async Task<bool> EnsureAliveAsync()
    {
        var state = await GetAuthenticationStateAsync();
        if (await ValidateAuthenticationStateAsync(state, CancellationToken.None)) return true;
        SetAuthenticationState(Task.FromResult(Anonymous));
        return false;
    }
}

/// <summary>
/// Runs before every message a page sends (clicks, typing, navigation): an ended session's
/// action is dropped, never run; the page is on its way to the login form.
/// </summary>
public sealed class SessionCircuitHandler(AuthenticationStateProvider state) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            if (state is SessionAuthenticationStateProvider sessions && !await sessions.EnsureAliveAsync()) return;
            await next(context);
        };
}

/// <summary>
/// Thrown where a page would use the database after its session ended. An
/// <see cref="OperationCanceledException"/>: Blazor drops a cancelled event handler quietly, and
/// the page is already on its way to the login form.
/// </summary>
public sealed class SessionEndedException() : OperationCanceledException("The sign-in session has ended.");
