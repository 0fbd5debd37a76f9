using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Township.Congress.Security;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.Web.Infrastructure;

namespace Township.Congress.Web.Tests.Components;

/// <summary>
/// A bUnit context for a page or component that reads through the model's services, signed in as
/// <paramref name="userName"/> in <paramref name="role"/> of the small county's township one.
/// </summary>
public static class SignedInContext
{
    public static BunitContext Create(TestDatabase database, SmallCounty county, string userName, string role)
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton(database.Options);
        ctx.Services.AddSingleton(TimeProvider.System);
        ctx.Services.AddSingleton<CountyDirectory>();
        ctx.Services.AddScoped<CongressDbFactory>();
        ctx.Services.AddSingleton(Township.Congress.Suggestions.WorkCalendar.China2026);
        ctx.Services.AddSingleton(new Township.Congress.Sessions.DocumentOptions());
        ctx.Services.AddModelServices();
        var auth = ctx.AddAuthorization();
        auth.SetAuthorized(userName);
        auth.SetRoles(role);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
            new Claim(CongressClaims.TownshipId, county.One.Id.ToString()),
            new Claim(CongressClaims.CountyId, county.County.Id.ToString()));
        ctx.Render<MudPopoverProvider>();
        return ctx;
    }
}
