using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Township.Congress.Auditing;

namespace Township.Congress.Tests.Http;

/// <summary>
/// For every API endpoint that takes a township or a record: the secretary of township 1 asking
/// for township 2's records gets 404, exactly like a missing record, and nothing changes.
/// </summary>
public class CrossTownshipSweepTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    private sealed record Probe(string Method, string Route, Func<Guid, Guid, string> Url, Func<HttpContent?>? Body = null);

    private static readonly object DeputyBody = new
    {
        townshipId = (Guid?)null, version = 0,
        deputy = new { name = "越权代表", gender = "Male", ethnicity = "汉族", levels = "Township", category = "Farmer" },
    };

    private static readonly Probe[] Probes =
    [
        new("GET", "api/v1/townships/{id:guid}", (t, _) => $"/api/v1/townships/{t}"),
        new("GET", "api/v1/deputies/", (t, _) => $"/api/v1/deputies?townshipId={t}"),
        new("POST", "api/v1/deputies/", (t, _) => "/api/v1/deputies",
            () => JsonContent.Create(new { townshipId = (Guid?)null, version = 0, deputy = new { name = "越权代表" } })),
        new("GET", "api/v1/deputies/{id:guid}", (_, d) => $"/api/v1/deputies/{d}"),
        new("PUT", "api/v1/deputies/{id:guid}", (_, d) => $"/api/v1/deputies/{d}", () => JsonContent.Create(DeputyBody)),
        new("POST", "api/v1/deputies/{id:guid}/status", (_, d) => $"/api/v1/deputies/{d}/status",
            () => JsonContent.Create(new { status = "Resigned", effectiveOn = "2025-01-01", reason = "越权", version = 0 })),
        new("GET", "api/v1/deputies/{id:guid}/status-history", (_, d) => $"/api/v1/deputies/{d}/status-history"),
        new("GET", "api/v1/townships/{id:guid}/deputies.xlsx", (t, _) => $"/api/v1/townships/{t}/deputies.xlsx"),
        new("GET", "api/v1/townships/{id:guid}/deputies/import-template.xlsx", (t, _) => $"/api/v1/townships/{t}/deputies/import-template.xlsx"),
        new("POST", "api/v1/townships/{id:guid}/deputies/import", (t, _) => $"/api/v1/townships/{t}/deputies/import", ImportBody),
        new("GET", "api/v1/townships/{id:guid}/roster.pdf", (t, _) => $"/api/v1/townships/{t}/roster.pdf"),
    ];

    private static HttpContent ImportBody()
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Township.Congress.Deputies.RosterSpreadsheet.Template());
        form.Add(file, "file", "roster.xlsx");
        return form;
    }

    [Fact]
    public async Task EveryEndpointAnswers404ForAnotherTownshipAndChangesNothing()
    {
        var (townshipTwo, deputyTwo) = await TownshipTwoAsync();
        var before = await SnapshotAsync(townshipTwo);
        var client = await app.LoginAsync("town01");

        var leaks = new List<string>();
        foreach (var probe in Probes)
        {
            var url = probe.Url(townshipTwo, deputyTwo);
            // POST /deputies names the township in its body.
            HttpContent? body = probe.Route == "api/v1/deputies/" && probe.Method == "POST"
                ? JsonContent.Create(new { townshipId = townshipTwo, version = 0, deputy = new { name = "越权代表" } })
                : probe.Body?.Invoke();
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(probe.Method), url) { Content = body });
            if (response.StatusCode != HttpStatusCode.NotFound) leaks.Add($"{probe.Method} {url} → {(int)response.StatusCode}");
            else Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Empty(leaks);
        Assert.Equal(before, await SnapshotAsync(townshipTwo));
        await using var db = app.SystemContext();
        Assert.True(await db.AuditEntries.CountAsync(a => a.Action == AuditAction.AccessDenied && a.UserName == "town01") >= Probes.Length - 1);
    }

    [Fact]
    public async Task ListsShowOnlyOwnTownship()
    {
        var client = await app.LoginAsync("town01");
        var townships = await client.GetFromJsonAsync<List<Dictionary<string, object>>>("/api/v1/townships");
        Assert.Equal("城关镇", Assert.Single(townships!)["name"].ToString());
        var deputies = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/deputies?pageSize=500");
        await using var db = app.SystemContext();
        var one = await db.Townships.SingleAsync(t => t.Number == 1);
        Assert.Equal(await db.Deputies.CountAsync(d => d.TownshipId == one.Id), deputies.GetProperty("total").GetInt32());
        Assert.All(deputies.GetProperty("items").EnumerateArray(), d => Assert.Equal(one.Id, d.GetProperty("townshipId").GetGuid()));
    }

    [Fact]
    public void TheSweepCoversEveryApiEndpointThatTakesATownshipOrRecord()
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/v1/", StringComparison.Ordinal))
            .Where(e => e.RoutePattern.RawText!.Contains("{id") || e.RoutePattern.RawText!.TrimEnd('/').EndsWith("deputies"))
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText!.TrimStart('/')}"))
            .Order().ToList();
        Assert.Equal(routes, Probes.Select(p => $"{p.Method} {p.Route}").Order().ToList());
    }

    private async Task<(Guid Township, Guid Deputy)> TownshipTwoAsync()
    {
        await using var db = app.SystemContext();
        var two = await db.Townships.SingleAsync(t => t.Number == 2);
        var deputy = await db.Deputies.Where(d => d.TownshipId == two.Id).OrderBy(d => d.Id).FirstAsync();
        return (two.Id, deputy.Id);
    }

    private async Task<string> SnapshotAsync(Guid township)
    {
        await using var db = app.SystemContext();
        var deputies = await db.Deputies.Where(d => d.TownshipId == township).OrderBy(d => d.Id)
            .Select(d => $"{d.Id}:{d.Version}:{d.Name}:{d.Status}").ToListAsync();
        var changes = await db.AuditEntries.CountAsync(a => a.TownshipId == township && a.Action != AuditAction.AccessDenied);
        return $"{string.Join(",", deputies)}|{changes}";
    }
}
