using Serilog;
using Township.Congress.Web.Api;
using Township.Congress.Web.Components;
using Township.Congress.Web.Features.Account;

namespace Township.Congress.Web.Infrastructure;

public static class PipelineSetup
{
    public static void UseCongressPipeline(this WebApplication app)
    {
        // Client address and scheme as the reverse proxy saw them (Secure cookies, login throttling);
        // which proxies are believed: Security:KnownProxies / KnownNetworks.
        app.UseForwardedHeaders();
        // Before everything, so every response (errors and static files too) carries them.
        app.UseSecurityHeaders();
        // First, so error responses (problem details) are written in the UI culture too.
        app.UseRequestLocalization(UiCulture.RequestOptions());
        app.UseExceptionHandler();
        // An error without a body: a problem (JSON) for API clients, the Chinese "页面不存在" page inside the layout for people.
        app.UseWhen(c => IsApi(c.Request.Path), api => api.UseStatusCodePages());
        app.UseWhen(c => !IsApi(c.Request.Path), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true));
        // Routing after the status code pages, so a re-executed request (/status/404) finds its page.
        app.UseRouting();
        // Paths only: query strings may carry search terms with personal data.
        app.UseSerilogRequestLogging(o => o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0} ms");
        // API writes from another site's page are refused before any endpoint runs (decision 0010).
        app.UseMiddleware<OriginCheck>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.Use(AccessLog.AuditRefusedWrites);
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        // A load balancer routes to a node when ready (it can reach its database) and restarts it
        // only when not live; /health is "ready", as docker-compose's check has always read it.
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapCircuitDiagnostics();

        var api = app.MapGroup("/api/v1").RequireAuthorization().AddEndpointFilter(InputContract.CheckQueryAsync);
        api.MapAuthApi();
        api.MapTownshipApi();
        api.MapDeputyApi();
        api.MapRosterFileApi();
        api.MapDeputyRecordPrintApi();
        api.MapSessionApi();
        api.MapSuggestionApi();
        api.MapLivelihoodProjectApi();
        api.MapSuggestionFileEndpoints();
        api.MapRuleSettingApi();
        api.MapVoterContactApi();
        api.MapVoterReportApi();
        api.MapPetitionApi();
        api.MapAppraisalApi();
        api.MapActivityApi();
        api.MapDeputyRecordApi();
        api.MapDashboardApi();
        api.MapAnnualReportApi();
        api.MapPopoloApi();
        api.MapScorecardApi();

        app.MapAccountForms();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }

    /// <summary>Machine-read addresses: the API, its OpenAPI document and the health check answer problems, not pages.</summary>
    private static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/health");
}
