using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Security;

namespace Township.Congress.Web.Infrastructure;

/// <summary>
/// Creates contexts bound to a user's <see cref="TownshipScope"/>. API endpoints pass the
/// request's principal; components ask for the signed-in user of their circuit. Components
/// create one short-lived context per operation, as Blazor Server needs.
/// </summary>
public sealed class CongressDbFactory(
    DbContextOptions<CongressDbContext> options, CountyDirectory counties, TimeProvider clock, IServiceProvider services)
{
    public TownshipScope ScopeFor(ClaimsPrincipal? user) => ScopeResolver.Resolve(user, counties.TownshipsOf);

    public CongressDbContext Create(ClaimsPrincipal? user) => new(options, ScopeFor(user), clock);

    public CongressDbContext CreateForScope(TownshipScope scope) => new(options, scope, clock);

    /// <summary>A context that reads the user each time it needs the scope (see the context's constructor).</summary>
    public CongressDbContext CreateLazy(Func<ClaimsPrincipal?> user) => new(options, () => ScopeFor(user()), clock);

    /// <summary>For components: the user of the current circuit (or of the prerendering request).</summary>
    public async Task<CongressDbContext> CreateAsync()
    {
        var state = services.GetRequiredService<AuthenticationStateProvider>();
        // A page whose sign-in ended (signed out elsewhere, idle, disabled) reads and saves nothing more.
        if (state is SessionAuthenticationStateProvider sessions && !await sessions.EnsureAliveAsync()) throw new SessionEndedException();
        var auth = await state.GetAuthenticationStateAsync();
        return Create(auth.User);
    }

    public async Task<TownshipScope> CurrentScopeAsync()
    {
        var auth = await services.GetRequiredService<AuthenticationStateProvider>().GetAuthenticationStateAsync();
        return ScopeFor(auth.User);
    }
}
