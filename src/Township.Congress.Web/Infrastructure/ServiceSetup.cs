using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;
using Township.Congress.Auditing;
using Township.Congress.Data;
using Township.Congress.Reports.Fonts;
using Township.Congress.Security;
using Township.Congress.Sessions;
using Township.Congress.Web.Features.Roster;

namespace Township.Congress.Web.Infrastructure;

public static class ServiceSetup
{
    public static void AddCongressServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;

        var database = DatabaseFrom(config);
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
        services.AddSingleton<Features.VoterContact.ReceptionPrints>();
        services.AddSingleton<Features.VoterReports.VoterReportPrints>();
        services.AddSingleton<Features.Appraisals.AppraisalPrints>();
        services.AddSingleton<Features.DeputyRecords.DeputyRecordPrints>();
        services.AddSingleton<Features.Scorecards.CountyRollupPrints>();
        services.AddSingleton<Features.Activities.ActivityPrints>();
        services.AddSingleton<Features.LivelihoodProjects.LivelihoodProgressPrints>();
        services.AddScoped<AccessLog>();
        services.AddScoped<PageLookup>();
        services.AddSuggestions(config);
        services.AddModelServices();

        AddIdentity(services, config);

        // Server-rendered HTML keeps Chinese text readable instead of &#x...; escapes (same display, smaller pages).
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // A page whose connection drops keeps its circuit this long, so it reconnects to it (docs/county-server.md).
        var circuits = config.GetSection("Circuits");
        services.AddRazorComponents().AddInteractiveServerComponents(o =>
        {
            o.DisconnectedCircuitMaxRetained = circuits.GetValue("DisconnectedMaxRetained", 200);
            o.DisconnectedCircuitRetentionPeriod = TimeSpan.FromSeconds(circuits.GetValue("DisconnectedRetentionSeconds", 180));
        });
        services.AddCascadingAuthenticationState();
        services.AddMudServices();
        services.AddSingleton<Components.Layout.CongressTheme>();
        services.AddProblemDetails();
        services.AddSecurityHeaders();
        services.AddExceptionHandler<ProblemMapping>();
        services.AddCongressOpenApi();
        // One input contract for every endpoint (InputContract); a bad body or query value is a 400 problem, never a 500.
        services.ConfigureHttpJsonOptions(o =>
        {
            InputContract.Configure(o.SerializerOptions);
            // Numbers are numbers: "5" for 5 is refused, and the OpenAPI document says integer, not "integer or numeric string".
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // "ready" needs the database; "live" only that the process answers (see PipelineSetup).
        services.AddHealthChecks().AddDbContextCheck<CongressDbContext>("database", tags: ["ready"]);
        DatabaseKeyRing.AddTo(services);
        services.AddSingleton<DatabaseStatus>();
        services.AddHostedService<DatabaseWatch>();
        services.AddSingleton(config.GetSection(AuditOptions.Section).Get<AuditOptions>() ?? new AuditOptions());
        services.AddHostedService<AuditChainJob>();
        if (config.GetValue(Features.Dashboards.FigureRollupJob.Setting, true)) services.AddHostedService<Features.Dashboards.FigureRollupJob>();
    }

    /// <summary>The database settings, read the same way by the app and its maintenance commands.</summary>
    public static DatabaseOptions DatabaseFrom(IConfiguration config)
    {
        var database = config.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        database.ConnectionString = config.GetConnectionString("Congress") ?? database.ConnectionString;
        return database;
    }

    private static void AddIdentity(IServiceCollection services, IConfiguration config)
    {
        var security = config.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        services.AddSingleton(security);
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = Math.Max(210_000, o.IterationCount));
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        ScopePolicies.AddTo(services);
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password = security.Password;
                // Counted per (client address, user name) by LoginThrottle, never on the account:
                // nobody can lock a colleague (or the administrator) out with five requests.
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<CongressDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<CongressClaimsFactory>();
        services.AddSingleton<ServerSessionStore>();
        services.AddSingleton<LoginThrottle>();
        services.AddScoped<AccountSessions>();
        services.AddScoped<AuthenticationStateProvider, SessionAuthenticationStateProvider>();
        services.AddScoped<CircuitHandler, SessionCircuitHandler>();
        services.AddCircuitDiagnostics();
        // The stamp check (every 30 minutes) rebuilds the principal: keep the session id in it.
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = ctx =>
        {
            if (ctx.CurrentPrincipal?.FindFirst(CongressClaims.SessionId) is { } sid && ctx.NewPrincipal?.Identity is ClaimsIdentity identity)
                identity.AddClaim(new Claim(sid.Type, sid.Value));
            return Task.CompletedTask;
        });
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/login";
            o.AccessDeniedPath = "/forbidden";
            o.Cookie.Name = "congress.auth";
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Secure whenever the request is HTTPS, including behind a proxy (forwarded headers below).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = security.IdleTimeout;
            o.SlidingExpiration = true;
            var stampCheck = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = async ctx =>
            {
                await ServerSessionCheck(ctx);
                if (ctx.Principal is not null) await stampCheck(ctx);
            };
            // Fetch and XHR calls to the API get 401/403; pages and downloads opened by the browser go to the login form.
            o.Events.OnRedirectToLogin = ctx => ApiOr(ctx, 401);
            o.Events.OnRedirectToAccessDenied = ctx => ApiOr(ctx, 403);
        });
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Loopback proxies are believed by default; others only when configured.
            foreach (var proxy in security.KnownProxies) o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in security.KnownNetworks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(LoginThrottle.PolicyName, http => RateLimitPartition.GetFixedWindowLimiter(
                LoginService.ClientAddress(http),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, security.LoginAttemptsPerAddressPerMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                }));
            o.OnRejected = (ctx, _) => LoginThrottle.RejectAsync(ctx.HttpContext);
        });
    }

    /// <summary>Every request with a cookie: its server session must still hold (and the request counts as activity).</summary>
    private static async Task ServerSessionCheck(CookieValidatePrincipalContext ctx)
    {
        var sessions = ctx.HttpContext.RequestServices.GetRequiredService<ServerSessionStore>();
        if (ServerSessionStore.IdOf(ctx.Principal) is { } id && await sessions.TouchAsync(id)) return;
        ctx.RejectPrincipal();
        await ctx.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    private static Task ApiOr(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        var request = ctx.Request;
        var browserNavigation = HttpMethods.IsGet(request.Method)
            && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
        if (request.Path.StartsWithSegments("/api") && !(browserNavigation && status == 401))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
