using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Township.Congress.Auditing;
using Township.Congress.Sessions;

namespace Township.Congress.Tests.Http;

/// <summary>
/// For every API endpoint that takes a township or a record: the secretary of township 1 asking
/// for township 2's records gets 404, exactly like a missing record, and nothing changes.
/// </summary>
public class CrossTownshipSweepTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    /// <summary>Township 2's ids that the probes aim at.</summary>
    private sealed record Target(Guid Township, Guid Deputy, Guid Session, Guid Meeting, Guid AgendaItem, Guid Document);

    private sealed record Probe(string Method, string Route, Func<Target, string> Url, Func<HttpContent?>? Body = null);

    private static readonly object DeputyBody = new
    {
        townshipId = (Guid?)null, version = 0,
        deputy = new { name = "越权代表", gender = "Male", ethnicity = "汉族", levels = "Township", category = "Farmer" },
    };

    private static readonly Probe[] Probes =
    [
        new("GET", "api/v1/townships/{id:guid}", t => $"/api/v1/townships/{t.Township}"),
        new("GET", "api/v1/deputies/", t => $"/api/v1/deputies?townshipId={t.Township}"),
        new("POST", "api/v1/deputies/", t => "/api/v1/deputies",
            () => JsonContent.Create(new { townshipId = (Guid?)null, version = 0, deputy = new { name = "越权代表" } })),
        new("GET", "api/v1/deputies/{id:guid}", t => $"/api/v1/deputies/{t.Deputy}"),
        new("PUT", "api/v1/deputies/{id:guid}", t => $"/api/v1/deputies/{t.Deputy}", () => JsonContent.Create(DeputyBody)),
        new("POST", "api/v1/deputies/{id:guid}/status", t => $"/api/v1/deputies/{t.Deputy}/status",
            () => JsonContent.Create(new { status = "Resigned", effectiveOn = "2025-01-01", reason = "越权", version = 0 })),
        new("GET", "api/v1/deputies/{id:guid}/status-history", t => $"/api/v1/deputies/{t.Deputy}/status-history"),
        new("GET", "api/v1/townships/{id:guid}/deputies.xlsx", t => $"/api/v1/townships/{t.Township}/deputies.xlsx"),
        new("GET", "api/v1/townships/{id:guid}/deputies/import-template.xlsx", t => $"/api/v1/townships/{t.Township}/deputies/import-template.xlsx"),
        new("POST", "api/v1/townships/{id:guid}/deputies/import", t => $"/api/v1/townships/{t.Township}/deputies/import", ImportBody),
        new("GET", "api/v1/townships/{id:guid}/roster.pdf", t => $"/api/v1/townships/{t.Township}/roster.pdf"),
        new("GET", "api/v1/sessions/", t => $"/api/v1/sessions?townshipId={t.Township}"),
        new("GET", "api/v1/sessions/{id:guid}", t => $"/api/v1/sessions/{t.Session}"),
        new("GET", "api/v1/sessions/{id:guid}/minutes.pdf", t => $"/api/v1/sessions/{t.Session}/minutes.pdf"),
        new("GET", "api/v1/sessions/{id:guid}/sign-in-sheet.pdf", t => $"/api/v1/sessions/{t.Session}/sign-in-sheet.pdf"),
        new("GET", "api/v1/sessions/{id:guid}/ballots.pdf", t => $"/api/v1/sessions/{t.Session}/ballots.pdf"),
        new("GET", "api/v1/agenda-items/{id:guid}/documents/", t => $"/api/v1/agenda-items/{t.AgendaItem}/documents"),
        new("POST", "api/v1/agenda-items/{id:guid}/documents/", t => $"/api/v1/agenda-items/{t.AgendaItem}/documents", DocumentBody),
        new("GET", "api/v1/documents/{id:guid}", t => $"/api/v1/documents/{t.Document}"),
        new("DELETE", "api/v1/documents/{id:guid}", t => $"/api/v1/documents/{t.Document}?version=0"),
        new("GET", "api/v1/presidium-meetings/", t => $"/api/v1/presidium-meetings?townshipId={t.Township}"),
        new("GET", "api/v1/presidium-meetings/{id:guid}", t => $"/api/v1/presidium-meetings/{t.Meeting}"),
        new("GET", "api/v1/presidium-meetings/{id:guid}/minutes.pdf", t => $"/api/v1/presidium-meetings/{t.Meeting}/minutes.pdf"),
    ];

    /// <summary>Endpoints that take no township or record: they list the caller's own, or sign in and out.</summary>
    private static readonly string[] Unscoped =
        ["GET api/v1/townships/", "POST api/v1/auth/login", "POST api/v1/auth/logout", "GET api/v1/auth/me"];

    private static HttpContent ImportBody()
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Township.Congress.Deputies.RosterSpreadsheet.Template());
        form.Add(file, "file", "roster.xlsx");
        return form;
    }

    private static readonly byte[] Pdf = "%PDF-1.4\n%越权\n"u8.ToArray();

    private static HttpContent DocumentBody()
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "越权.pdf");
        return form;
    }

    [Fact]
    public async Task EveryEndpointAnswers404ForAnotherTownshipAndChangesNothing()
    {
        var target = await TownshipTwoAsync();
        var before = await SnapshotAsync(target.Township);
        var client = await app.LoginAsync("town01");

        var leaks = new List<string>();
        foreach (var probe in Probes)
        {
            var url = probe.Url(target);
            // POST /deputies names the township in its body.
            HttpContent? body = probe.Route == "api/v1/deputies/" && probe.Method == "POST"
                ? JsonContent.Create(new { townshipId = target.Township, version = 0, deputy = new { name = "越权代表" } })
                : probe.Body?.Invoke();
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(probe.Method), url) { Content = body });
            if (response.StatusCode != HttpStatusCode.NotFound) leaks.Add($"{probe.Method} {url} → {(int)response.StatusCode}");
            else Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Empty(leaks);
        Assert.Equal(before, await SnapshotAsync(target.Township));
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
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText!.TrimStart('/')}"))
            .Except(Unscoped).Order().ToList();
        Assert.Equal(routes, Probes.Select(p => $"{p.Method} {p.Route}").Order().ToList());
    }

    private async Task<Target> TownshipTwoAsync()
    {
        await using var db = app.SystemContext();
        var two = await db.Townships.SingleAsync(t => t.Number == 2);
        var deputy = await db.Deputies.Where(d => d.TownshipId == two.Id).OrderBy(d => d.Id).FirstAsync();
        var session = await db.Sessions.Where(s => s.TownshipId == two.Id).OrderBy(s => s.Id).FirstAsync();
        var meeting = await db.PresidiumMeetings.Where(m => m.TownshipId == two.Id).OrderBy(m => m.Id).FirstAsync();
        var item = await db.Set<AgendaItem>().Where(a => a.SessionId == session.Id).OrderBy(a => a.Order).FirstAsync();
        // The demo county has no documents: township 2 gets one to aim at.
        var document = await db.Set<AgendaDocument>().Where(d => d.TownshipId == two.Id).OrderBy(d => d.Id).FirstOrDefaultAsync();
        if (document is null)
        {
            document = new AgendaDocument
            {
                TownshipId = two.Id, AgendaItemId = item.Id, FileName = "政府工作报告.pdf", ContentType = "application/pdf",
                SizeBytes = Pdf.Length, Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf)),
                UploadedAtUtc = DateTime.UtcNow, UploadedBy = "town02", Content = Pdf,
            };
            db.Add(document);
            await db.SaveChangesAsync();
        }
        return new Target(two.Id, deputy.Id, session.Id, meeting.Id, item.Id, document.Id);
    }

    private async Task<string> SnapshotAsync(Guid township)
    {
        await using var db = app.SystemContext();
        var deputies = await db.Deputies.Where(d => d.TownshipId == township).OrderBy(d => d.Id)
            .Select(d => $"{d.Id}:{d.Version}:{d.Name}:{d.Status}").ToListAsync();
        var changes = await db.AuditEntries.CountAsync(a => a.TownshipId == township && a.Action != AuditAction.AccessDenied);
        var sessions = await db.Sessions.Where(s => s.TownshipId == township).OrderBy(s => s.Id).Select(s => $"{s.Id}:{s.Version}").ToListAsync();
        var documents = await db.Set<AgendaDocument>().Where(d => d.TownshipId == township).OrderBy(d => d.Id)
            .Select(d => $"{d.Id}:{d.Version}:{d.Sha256}").ToListAsync();
        return $"{string.Join(",", deputies)}|{string.Join(",", sessions)}|{string.Join(",", documents)}|{changes}";
    }
}
