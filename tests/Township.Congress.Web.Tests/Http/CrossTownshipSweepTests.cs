using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Township.Congress.Auditing;
using Township.Congress.Sessions;

namespace Township.Congress.Web.Tests.Http;

/// <summary>
/// For every API endpoint that takes a township or a record: the secretary of township 1 asking
/// for township 2's records gets 404, exactly like a missing record, and nothing changes.
/// </summary>
public partial class CrossTownshipSweepTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    /// <summary>The ids the probes aim at: a township's records, an item of it, and somebody else's notice.</summary>
    private sealed partial record Target(Guid Township, Guid Deputy, Guid Session, Guid Meeting, Guid AgendaItem, Guid Document,
        Guid Suggestion, Guid OtherSuggestion, Guid Notification, Guid Attachment);
    private sealed partial record Target
    {
        public Guid LivelihoodProject { get; init; }
    }

    private sealed record Probe(string Method, string Route, Func<Target, string> Url, Func<HttpContent?>? Body = null,
        Func<Target, HttpContent?>? BodyFor = null);

    private static readonly object SuggestionBody = new
    {
        version = 0, suggestion = new { title = "越权修改", text = "越权修改的内容" },
    };

    private static readonly object DeputyBody = new
    {
        townshipId = (Guid?)null, version = 0,
        deputy = new { name = "越权代表", gender = "Male", ethnicity = "汉族", levels = "Township", category = "Farmer" },
    };

    private static readonly Probe[] Probes =
    [
        new("GET", "api/v1/townships/{id:guid}", t => $"/api/v1/townships/{t.Township}"),
        new("GET", "api/v1/deputies/", t => $"/api/v1/deputies?townshipId={t.Township}&sort=Strokes&q=13800"),
        new("POST", "api/v1/deputies/", t => "/api/v1/deputies",
            () => JsonContent.Create(new { townshipId = (Guid?)null, version = 0, deputy = new { name = "越权代表" } })),
        new("GET", "api/v1/deputies/{id:guid}", t => $"/api/v1/deputies/{t.Deputy}"),
        new("PUT", "api/v1/deputies/{id:guid}", t => $"/api/v1/deputies/{t.Deputy}", () => JsonContent.Create(DeputyBody)),
        new("POST", "api/v1/deputies/{id:guid}/status", t => $"/api/v1/deputies/{t.Deputy}/status",
            () => JsonContent.Create(new { status = "Resigned", effectiveOn = "2025-01-01", reason = "越权", version = 0 })),
        new("GET", "api/v1/deputies/{id:guid}/status-history", t => $"/api/v1/deputies/{t.Deputy}/status-history"),
        // With the page's filters: a filtered export of another township is as unknown as an unfiltered one.
        new("GET", "api/v1/townships/{id:guid}/deputies.xlsx", t => $"/api/v1/townships/{t.Township}/deputies.xlsx?category=Farmer&status=InOffice&q=zhang&sort=Strokes"),
        new("GET", "api/v1/townships/{id:guid}/deputies/import-template.xlsx", t => $"/api/v1/townships/{t.Township}/deputies/import-template.xlsx"),
        // A preview reads another township's roster as much as an import writes it.
        new("POST", "api/v1/townships/{id:guid}/deputies/import", t => $"/api/v1/townships/{t.Township}/deputies/import?preview=true", ImportBody),
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
        new("GET", "api/v1/suggestions/", t => $"/api/v1/suggestions?townshipId={t.Township}"),
        new("GET", "api/v1/suggestions/{id:guid}", t => $"/api/v1/suggestions/{t.Suggestion}"),
        new("GET", "api/v1/suggestions/{id:guid}/assignment-letter.pdf", t => $"/api/v1/suggestions/{t.Suggestion}/assignment-letter.pdf"),
        new("POST", "api/v1/suggestions/", t => "/api/v1/suggestions",
            BodyFor: t => JsonContent.Create(new { townshipId = t.Township, suggestion = new { title = "越权建议", text = "越权建议的内容" } })),
        new("PUT", "api/v1/suggestions/{id:guid}", t => $"/api/v1/suggestions/{t.Suggestion}", () => JsonContent.Create(SuggestionBody)),
        new("POST", "api/v1/suggestions/{id:guid}/transitions", t => $"/api/v1/suggestions/{t.Suggestion}/transitions",
            () => JsonContent.Create(new { action = "start" })),
        new("POST", "api/v1/suggestions/merge", t => "/api/v1/suggestions/merge",
            BodyFor: t => JsonContent.Create(new { townshipId = t.Township, sourceIds = new[] { t.Suggestion, t.OtherSuggestion }, title = "越权并案" })),
        new("GET", "api/v1/suggestions/similar", t => $"/api/v1/suggestions/similar?townshipId={t.Township}&title=道路"),
        new("GET", "api/v1/townships/{id:guid}/suggestion-figures", t => $"/api/v1/townships/{t.Township}/suggestion-figures?year=2026"),
        new("GET", "api/v1/townships/{id:guid}/suggestion-ledger.xlsx", t => $"/api/v1/townships/{t.Township}/suggestion-ledger.xlsx"),
        new("GET", "api/v1/townships/{id:guid}/suggestion-import-template.xlsx", t => $"/api/v1/townships/{t.Township}/suggestion-import-template.xlsx"),
        new("POST", "api/v1/townships/{id:guid}/suggestion-import", t => $"/api/v1/townships/{t.Township}/suggestion-import", SuggestionImportBody),
        new("GET", "api/v1/handling-units", t => $"/api/v1/handling-units?townshipId={t.Township}"),
        new("POST", "api/v1/notifications/{id:guid}/read", t => $"/api/v1/notifications/{t.Notification}/read"),
        .. DeputyRecordPrintProbes,
        new("POST", "api/v1/suggestions/{id:guid}/attachments", t => $"/api/v1/suggestions/{t.Suggestion}/attachments", DocumentBody),
        new("GET", "api/v1/suggestion-attachments/{id:guid}", t => $"/api/v1/suggestion-attachments/{t.Attachment}"),
        new("DELETE", "api/v1/suggestion-attachments/{id:guid}", t => $"/api/v1/suggestion-attachments/{t.Attachment}"),
        .. VoterContactProbes,
        .. SupervisionProbes,
        .. AppraisalProbes,
        .. AnnualReportProbes,
        .. DeputyRecordProbes,
        .. DashboardProbes,
        .. PopoloProbes,
        .. ScorecardProbes,
        .. FollowUpProbes,
        new("GET", "api/v1/livelihood-projects/", t => $"/api/v1/livelihood-projects?townshipId={t.Township}&year=2026&q=道路"),
        new("GET", "api/v1/livelihood-projects/{id:guid}", t => $"/api/v1/livelihood-projects/{t.LivelihoodProject}"),
        new("PUT", "api/v1/livelihood-projects/{id:guid}", t => $"/api/v1/livelihood-projects/{t.LivelihoodProject}",
            () => JsonContent.Create(new
            {
                version = 0, project = new
                {
                    ownerUnitId = (Guid?)null, ownerUnitName = "越权单位", budget = (decimal?)null, presidiumMemberId = (Guid?)null,
                    monitorDeputyId = (Guid?)null, state = "InProgress", milestones = Array.Empty<object>(),
                },
            })),
        new("POST", "api/v1/sessions/{id:guid}/livelihood-projects", t => $"/api/v1/sessions/{t.Session}/livelihood-projects"),
        new("GET", "api/v1/activities/", t => $"/api/v1/activities?townshipId={t.Township}&year=2026"),
        new("POST", "api/v1/activities/", t => "/api/v1/activities", BodyFor: t => JsonContent.Create(new
        {
            townshipId = t.Township, activity = new { kind = "Inspection", organiser = "Presidium", subject = "越权视察", startsOn = "2026-05-12", endsOn = "2026-05-12" },
        })),
        new("GET", "api/v1/activities/{id:guid}", t => $"/api/v1/activities/{ActivitySweepTargets.Of(t.Township)}"),
        new("PUT", "api/v1/activities/{id:guid}", t => $"/api/v1/activities/{ActivitySweepTargets.Of(t.Township)}", BodyFor: t => JsonContent.Create(new
        {
            version = ActivitySweepTargets.VersionOf(t.Township),
            activity = new { kind = "Inspection", organiser = "Presidium", subject = "越权修改", startsOn = "2026-05-12", endsOn = "2026-05-12" },
        })),
        new("GET", "api/v1/activities/{id:guid}/report.pdf", t => $"/api/v1/activities/{ActivitySweepTargets.Of(t.Township)}/report.pdf"),
        new("GET", "api/v1/rectifications/overdue", t => $"/api/v1/rectifications/overdue?townshipId={t.Township}"),
        .. ActivityFileProbes,
    ];

    /// <summary>Endpoints that take no township or record: they list the caller's own, or sign in and out.</summary>
    private static readonly string[] Unscoped =
    [
        "GET api/v1/townships/", "POST api/v1/auth/login", "POST api/v1/auth/logout", "GET api/v1/auth/me",
        "GET api/v1/suggestion-categories", "GET api/v1/notifications/", "POST api/v1/notifications/read-all",
        // The county's rule settings: everyone in the county reads them, only the administrator writes (RuleSettingApiTests).
        "GET api/v1/counties/{countyId:guid}/rules/", "PUT api/v1/counties/{countyId:guid}/rules/{key}",
        "GET api/v1/counties/{countyId:guid}/points-scheme/", "PUT api/v1/counties/{countyId:guid}/points-scheme/",
        "GET api/v1/counties/{countyId:guid}/scorecard-scheme", "PUT api/v1/counties/{countyId:guid}/scorecard-scheme",
        // The ledger of every township the user sees: no township to aim at (SuggestionApiTests.County checks what each login gets).
        "GET api/v1/suggestion-ledger.xlsx",
    ];

    private static HttpContent ImportBody()
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Township.Congress.Deputies.RosterSpreadsheet.Template());
        form.Add(file, "file", "roster.xlsx");
        return form;
    }

    private static HttpContent SuggestionImportBody()
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Township.Congress.Suggestions.SuggestionImport.Template()), "file", "收集表.xlsx");
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
        var target = await TargetAsync(2);
        var before = await SnapshotAsync(target.Township);
        var client = await app.LoginAsync("town01");

        var leaks = await SweepAsync(client, target);

        Assert.Empty(leaks);
        Assert.Equal(before, await SnapshotAsync(target.Township));
        await using var db = app.SystemContext();
        Assert.True(await db.AuditEntries.CountAsync(a => a.Action == AuditAction.AccessDenied && a.UserName == "town01") >= Probes.Length - 1);
    }

    /// <summary>
    /// A handling unit reads no township's records and only the items assigned to it: every probe, aimed
    /// at either township and at items assigned to another unit or to none, answers 404.
    /// </summary>
    [Fact]
    public async Task AHandlingUnitGets404ForEverythingNotAssignedToIt()
    {
        var seed = await SuggestionSeed.EnsureAsync(app);
        var targets = new[]
        {
            await TargetAsync(1) with { Suggestion = seed.WaterItemOfOne, OtherSuggestion = seed.UnassignedOfOne },
            await TargetAsync(1) with { Suggestion = seed.UnassignedOfOne, OtherSuggestion = seed.WaterItemOfOne },
            await TargetAsync(2),
        };
        var before = new[] { await SnapshotAsync(seed.One), await SnapshotAsync(seed.Two) };
        var client = await app.LoginAsync(SuggestionSeed.RoadsLogin);

        var leaks = new List<string>();
        foreach (var target in targets) leaks.AddRange(await SweepAsync(client, target));

        Assert.Empty(leaks);
        Assert.Equal(before, new[] { await SnapshotAsync(seed.One), await SnapshotAsync(seed.Two) });
        await using var db = app.SystemContext();
        Assert.True(await db.AuditEntries.CountAsync(a => a.Action == AuditAction.AccessDenied && a.UserName == SuggestionSeed.RoadsLogin)
            >= targets.Length * (Probes.Length - 1));
        // Its own item it still reads: the sweep did not just lock it out.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/suggestions/{seed.RoadsItemOfOne}")).StatusCode);
    }

    /// <summary>Sends every probe at the target; returns those that did not answer 404 problem+json.</summary>
    private static async Task<List<string>> SweepAsync(HttpClient client, Target target)
    {
        var leaks = new List<string>();
        foreach (var probe in Probes)
        {
            var url = probe.Url(target);
            // POST /deputies names the township in its body.
            HttpContent? body = probe.Route == "api/v1/deputies/" && probe.Method == "POST"
                ? JsonContent.Create(new { townshipId = target.Township, version = 0, deputy = new { name = "越权代表" } })
                : probe.BodyFor?.Invoke(target) ?? probe.Body?.Invoke();
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(probe.Method), url) { Content = body });
            if (response.StatusCode != HttpStatusCode.NotFound) leaks.Add($"{probe.Method} {url} → {(int)response.StatusCode}");
            else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") leaks.Add($"{probe.Method} {url}: not a problem");
        }
        return leaks;
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

    /// <summary>Township <paramref name="number"/>'s records; for township 2 also its seeded item and town02's notice.</summary>
    private async Task<Target> TargetAsync(int number)
    {
        var seed = await SuggestionSeed.EnsureAsync(app);
        await using var db = app.SystemContext();
        var township = await db.Townships.SingleAsync(t => t.Number == number);
        await ActivitySweepTargets.EnsureAsync(db, township.Id);
        var deputy = await db.Deputies.Where(d => d.TownshipId == township.Id).OrderBy(d => d.Id).FirstAsync();
        var session = await db.Sessions.Where(s => s.TownshipId == township.Id).OrderBy(s => s.Id).FirstAsync();
        var meeting = await db.PresidiumMeetings.Where(m => m.TownshipId == township.Id).OrderBy(m => m.Id).FirstAsync();
        var item = await db.Set<AgendaItem>().Where(a => a.SessionId == session.Id).OrderBy(a => a.Order).FirstAsync();
        // The demo county has no documents: the township gets one to aim at.
        var document = await db.Set<AgendaDocument>().Where(d => d.TownshipId == township.Id).OrderBy(d => d.Id).FirstOrDefaultAsync();
        if (document is null)
        {
            document = new AgendaDocument
            {
                TownshipId = township.Id, AgendaItemId = item.Id, FileName = "政府工作报告.pdf", ContentType = "application/pdf",
                SizeBytes = Pdf.Length, Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf)),
                UploadedAtUtc = DateTime.UtcNow, UploadedBy = $"town{number:D2}", Content = Pdf,
            };
            db.Add(document);
            await db.SaveChangesAsync();
        }
        // An attachment to aim at, on an item of the township that the roads unit is not assigned.
        var attached = number == 2 ? seed.ItemOfTwo : seed.WaterItemOfOne;
        var attachment = await db.Set<Township.Congress.Suggestions.SuggestionAttachment>().Where(a => a.SuggestionId == attached)
            .OrderBy(a => a.Id).FirstOrDefaultAsync();
        if (attachment is null)
        {
            attachment = new Township.Congress.Suggestions.SuggestionAttachment
            {
                TownshipId = township.Id, SuggestionId = attached, FileName = "现场照片说明.pdf", ContentType = "application/pdf",
                SizeBytes = Pdf.Length, UploadedAtUtc = DateTime.UtcNow, UploadedBy = $"town{number:D2}", Content = Pdf,
            };
            db.Add(attachment);
            await db.SaveChangesAsync();
        }
        await EnsureAppraisalAsync(db, township.Id);
        await EnsureAnnualReportAsync(db, township.Id);
        // Township 2's second item for the merge probe: one the seed made, or the demo data's.
        var other = await db.Suggestions.Where(s => s.TownshipId == township.Id && s.Id != seed.ItemOfTwo).OrderBy(s => s.Id).Select(s => (Guid?)s.Id).FirstOrDefaultAsync();
        // Each feature's partial file adds its own records to the target, one line each.
        var target = new Target(township.Id, deputy.Id, session.Id, meeting.Id, item.Id, document.Id,
            number == 2 ? seed.ItemOfTwo : seed.WaterItemOfOne, other ?? seed.ItemOfTwo, seed.NoticeOfTown02, attachment.Id);
        target = await WithVoterContactAsync(db, target);
        target = await WithDeclaredItemAsync(db, target);
        target = target with { County = township.CountyId, HandScore = await HandScoreOfAsync(db, township.Id) };
        target = await WithVisitAsync(db, target);
        target = target with { VoterReport = await VoterReportOfAsync(db, township.Id, deputy), Petition = await PetitionOfAsync(db, township.Id) };
        target = target with
        {
            LivelihoodProject = await db.LivelihoodProjects.Where(p => p.TownshipId == township.Id).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
        };
        return target;
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
        var suggestions = await db.Suggestions.Where(s => s.TownshipId == township).OrderBy(s => s.Id)
            .Select(s => $"{s.Id}:{s.Version}:{s.State}:{s.Title}").ToListAsync();
        var steps = await db.Set<Township.Congress.Suggestions.SuggestionEvent>().CountAsync(e => e.TownshipId == township);
        var attachments = await db.Set<Township.Congress.Suggestions.SuggestionAttachment>().Where(a => a.TownshipId == township).OrderBy(a => a.Id)
            .Select(a => a.Id).ToListAsync();
        var notices = await db.Notifications.Where(n => n.ReadAtUtc != null).CountAsync();
        steps += await VoterContactCountAsync(db, township);
        var supervision = await SupervisionSnapshotAsync(db, township);
        var appraisals = await AppraisalSnapshotAsync(db, township) + "|" + await DeputyRecordSnapshotAsync(db, township) + "|" + await AnnualReportSnapshotAsync(db, township);
        var projects = await db.LivelihoodProjects.Where(p => p.TownshipId == township).OrderBy(p => p.Id).Select(p => $"{p.Id}:{p.Version}").ToListAsync();
        return $"{string.Join(",", projects)}|{string.Join(",", deputies)}|{string.Join(",", sessions)}|{string.Join(",", documents)}|{string.Join(",", suggestions)}|{string.Join(",", attachments)}|{steps}|{notices}|{changes}|{supervision}|{appraisals}";
    }
}
