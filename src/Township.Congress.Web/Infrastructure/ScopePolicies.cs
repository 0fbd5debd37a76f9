using Microsoft.AspNetCore.Authorization;
using Township.Congress.Security;

namespace Township.Congress.Web.Infrastructure;

/// <summary>
/// Page permissions as authorization policies read from the user's <see cref="TownshipScope"/>,
/// so pages, the menu and the queries answer the same question in the same place.
/// </summary>
public static class ScopePolicies
{
    /// <summary>Administrators and chairs: the audit browser (操作日志).</summary>
    public const string MayBrowseAudit = nameof(MayBrowseAudit);

    /// <summary>A handling-unit login (承办单位): its own menu of assigned items.</summary>
    public const string HandlingUnitOnly = nameof(HandlingUnitOnly);

    /// <summary>系统管理员: the county's rule settings and other reference data.</summary>
    public const string Administrator = nameof(Administrator);

    public static void AddTo(IServiceCollection services)
    {
        services.AddAuthorization(o =>
        {
            o.AddPolicy(MayBrowseAudit, p => p.RequireAuthenticatedUser().AddRequirements(new ScopeRequirement(s => s.MayBrowseAudit)));
            o.AddPolicy(Administrator, p => p.RequireAuthenticatedUser().AddRequirements(new ScopeRequirement(s => s.Unrestricted)));
            o.AddPolicy(HandlingUnitOnly, p => p.RequireAuthenticatedUser().AddRequirements(new ScopeRequirement(s => s.HandlingUnitId is not null)));
        });
        services.AddScoped<IAuthorizationHandler, ScopeRequirementHandler>();
    }
}

public sealed class ScopeRequirement(Func<TownshipScope, bool> allows) : IAuthorizationRequirement
{
    public bool Allows(TownshipScope scope) => allows(scope);
}

public sealed class ScopeRequirementHandler(CongressDbFactory factory) : AuthorizationHandler<ScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        if (requirement.Allows(factory.ScopeFor(context.User))) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
