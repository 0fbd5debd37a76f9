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
        app.UseStatusCodePages();
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
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();

        var api = app.MapGroup("/api/v1").RequireAuthorization().AddEndpointFilter(InputContract.CheckQueryAsync);
        api.MapAuthApi();
        api.MapTownshipApi();
        api.MapDeputyApi();
        api.MapRosterFileApi();
        api.MapSessionApi();
        api.MapSuggestionApi();
        api.MapSuggestionFileEndpoints();

        app.MapAccountForms();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
