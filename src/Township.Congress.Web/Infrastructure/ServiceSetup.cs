using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;
using Township.Congress.Data;
using Township.Congress.Sessions;
using Township.Congress.Security;
using Township.Congress.Reports.Fonts;
using Township.Congress.Web.Features.Roster;

namespace Township.Congress.Web.Infrastructure;

public static class ServiceSetup
{
    public static void AddCongressServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;

        var database = config.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        database.ConnectionString = config.GetConnectionString("Congress") ?? database.ConnectionString;
        services.AddSingleton(database);
        services.AddSingleton(CongressDatabase.BuildOptions(database.Provider, database.ConnectionString));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CountyDirectory>();
        services.AddScoped<CongressDbFactory>();
        services.AddHttpContextAccessor();
        // API endpoints and Identity's stores get a context scoped to the request's user.
        services.AddScoped(sp =>
        {
            var http = sp.GetRequiredService<IHttpContextAccessor>();
            return sp.GetRequiredService<CongressDbFactory>().CreateLazy(() => http.HttpContext?.User);
        });
        services.AddScoped<LoginService>();
        var documents = config.GetSection(DocumentOptions.Section).Get<DocumentOptions>() ?? new DocumentOptions();
        services.AddSingleton(documents);
        services.AddScoped<AgendaDocumentService>();
        // Blazor uploads stream through SignalR; the API's request and form limits are set on the upload endpoint.
        services.AddSingleton(config.GetSection(FontOptions.SectionName).Get<FontOptions>() ?? new FontOptions());
        services.AddSingleton<RosterPdf>();
        services.AddSingleton<Features.Sessions.SessionPrints>();
        services.AddSingleton<Features.PresidiumMeetings.PresidiumPrints>();
        services.AddScoped<AccessLog>();
        services.AddScoped<PageLookup>();
        Features.Suggestions.SuggestionSetup.AddSuggestions(services, config);

        AddIdentity(services, config);

        // Server-rendered HTML keeps Chinese text readable instead of &#x...; escapes (same display, smaller pages).
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemMapping>();
        services.AddOpenApi();
        // One input contract for every endpoint (InputContract); a bad body or query value is a 400 problem, never a 500.
        services.ConfigureHttpJsonOptions(o => InputContract.Configure(o.SerializerOptions));
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddHealthChecks().AddDbContextCheck<CongressDbContext>("database");
    }

    private static void AddIdentity(IServiceCollection services, IConfiguration config)
    {
        var security = config.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        services.AddSingleton(security);
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = Math.Max(210_000, o.IterationCount));
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddAuthorization();
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password = security.Password;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<CongressDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<CongressClaimsFactory>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/login";
            o.AccessDeniedPath = "/forbidden";
            o.Cookie.Name = "congress.auth";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(security.IdleTimeoutMinutes);
            o.SlidingExpiration = true;
            // The API answers 401/403; only pages redirect to the login form.
            o.Events.OnRedirectToLogin = ctx => ApiOr(ctx, 401);
            o.Events.OnRedirectToAccessDenied = ctx => ApiOr(ctx, 403);
        });
    }

    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
