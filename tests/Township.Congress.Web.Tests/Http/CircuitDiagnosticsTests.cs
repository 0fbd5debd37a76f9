using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Township.Congress.Web.Infrastructure;

namespace Township.Congress.Web.Tests.Http;

/// <summary>
/// The load driver's diagnostics route forces a full collection (a stall of the node): it exists in Development only,
/// answers loopback callers only, and is never mapped in Production.
/// </summary>
public sealed class CircuitDiagnosticsTests : IClassFixture<CongressAppFactory>
{
    private readonly CongressAppFactory _production;

    public CircuitDiagnosticsTests(CongressAppFactory production) => _production = production;

    private static Task<HttpContext> GetAsync(TestServer server, IPAddress caller) =>
        server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = CircuitDiagnostics.Route;
            c.Connection.RemoteIpAddress = caller;
        });

    [Fact]
    public async Task Production_has_no_diagnostics_route()
    {
        var context = await GetAsync(_production.Server, IPAddress.Loopback);
        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
        Assert.DoesNotContain(_production.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>(), e => e.RoutePattern.RawText == CircuitDiagnostics.Route);
    }

    [Fact]
    public async Task Development_answers_heap_and_circuits_to_loopback_only()
    {
        await using var development = _production.WithWebHostBuilder(b => b.UseEnvironment("Development"));

        var local = await GetAsync(development.Server, IPAddress.Loopback);
        Assert.Equal(StatusCodes.Status200OK, local.Response.StatusCode);
        using var json = await JsonDocument.ParseAsync(local.Response.Body);
        Assert.True(json.RootElement.GetProperty("heapBytes").GetInt64() > 0);
        Assert.Equal(0, json.RootElement.GetProperty("circuits").GetInt32());
        // The runtime's compile and pause totals, so the load driver can tell a node still compiling from the app's own cost.
        Assert.True(json.RootElement.GetProperty("jitMethods").GetInt64() > 0);
        Assert.True(json.RootElement.TryGetProperty("gcPauses", out _));

        var remote = await GetAsync(development.Server, IPAddress.Parse("10.1.2.3"));
        Assert.Equal(StatusCodes.Status404NotFound, remote.Response.StatusCode);
    }
}
