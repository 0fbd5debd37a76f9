using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;

namespace Township.Congress.Security;

/// <summary>Turns a signed-in principal into its <see cref="TownshipScope"/>.</summary>
public static class ScopeResolver
{
    public static TownshipScope Resolve(ClaimsPrincipal? user, Func<Guid, IReadOnlyList<Guid>> townshipsOfCounty)
    {
        if (user?.Identity?.IsAuthenticated != true) return TownshipScope.Anonymous;
        var name = user.Identity.Name ?? "";
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return TownshipScope.Anonymous;
        var township = ParseGuid(user.FindFirstValue(CongressClaims.TownshipId));
        var county = ParseGuid(user.FindFirstValue(CongressClaims.CountyId));

        if (user.IsInRole(Roles.Administrator)) return TownshipScope.Administrator(name, userId);
        if (user.IsInRole(Roles.TownshipSecretary) && township is { } t1) return TownshipScope.Secretary(name, userId, t1);
        if (user.IsInRole(Roles.TownshipChair) && township is { } t2) return TownshipScope.Chair(name, userId, t2);
        if (user.IsInRole(Roles.CountyViewer) && county is { } c) return TownshipScope.CountyViewer(name, userId, townshipsOfCounty(c), c);
        if (user.IsInRole(Roles.HandlingUnit) && county is { } c2 && ParseGuid(user.FindFirstValue(CongressClaims.HandlingUnitId)) is { } unit)
            return TownshipScope.HandlingUnit(name, userId, c2, unit);
        return TownshipScope.Anonymous;
    }

    /// <summary>The townships of a county, read past the filters (the scope is what is being built).</summary>
    public static IReadOnlyList<Guid> TownshipsOfCounty(CongressDbContext unscoped, Guid countyId) =>
        unscoped.Townships.IgnoreQueryFilters().Where(t => t.CountyId == countyId).Select(t => t.Id).ToList();

    private static Guid? ParseGuid(string? value) => Guid.TryParse(value, out var g) ? g : null;
}
