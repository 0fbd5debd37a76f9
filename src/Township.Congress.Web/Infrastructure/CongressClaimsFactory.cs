using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Township.Congress.Security;

namespace Township.Congress.Web.Infrastructure;

/// <summary>Puts the user's county and township into the cookie so scoping needs no lookup.</summary>
public sealed class CongressClaimsFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.CountyId is { } c) identity.AddClaim(new Claim(CongressClaims.CountyId, c.ToString()));
        if (user.TownshipId is { } t) identity.AddClaim(new Claim(CongressClaims.TownshipId, t.ToString()));
        if (user.HandlingUnitId is { } u) identity.AddClaim(new Claim(CongressClaims.HandlingUnitId, u.ToString()));
        identity.AddClaim(new Claim(CongressClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
