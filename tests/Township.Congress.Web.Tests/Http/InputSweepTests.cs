using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Township.Congress.Auditing;
using Township.Congress.Sessions;
using Township.Congress.Suggestions;

namespace Township.Congress.Web.Tests.Http;

/// <summary>
/// Every API route, from the app's own endpoint list, gets malformed input: each write route at least
/// twenty bad bodies (wrong types, enum values out of range by number and by name, oversize text, NUL,
/// null or missing required fields, unknown fields, empty and broken JSON, arrays for objects, broken
/// uploads), each read route bad query values. None may answer 5xx, and nothing may be written.
/// Runs on SQLite and on PostgreSQL, where too long a value or a NUL is an error of the database itself.
/// </summary>
public abstract partial class InputSweepTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : CongressAppFactory
{
    /// <summary>What the probes aim at: township 1's own records, which town01 may write.</summary>
    private sealed partial record Target(Guid Township, Guid Deputy, long DeputyVersion, Guid Suggestion, long SuggestionVersion, Guid Other,
        Guid AgendaItem, Guid Document, Guid Unit, Guid Session, Guid Meeting, Guid Attachment, Guid County);
    private sealed partial record Target
    {
        public Guid LivelihoodProject { get; init; }
    }

    private enum Body { None, Json, Upload, Sheet }

    /// <param name="Baseline">A well-formed body; each malformation breaks exactly one thing in it.</param>
    /// <param name="Required">Fields whose absence or null is an error.</param>
    /// <param name="Enums">Fields that hold an enum value.</param>
    private sealed record Route(string Key, Func<Target, string> Url, Body Kind = Body.None, Func<Target, JsonObject>? Baseline = null,
        string[]? Required = null, string[]? Enums = null, string[]? Numbers = null);

    private static readonly Route[] Routes =
    [
        new("POST api/v1/auth/login", _ => "/api/v1/auth/login", Body.Json, _ => new() { ["userName"] = "nobody", ["password"] = "x" },
            ["userName", "password"]),
        new("GET api/v1/auth/me", _ => "/api/v1/auth/me"),
        new("GET api/v1/townships/", _ => "/api/v1/townships"),
        new("GET api/v1/townships/{id:guid}", t => $"/api/v1/townships/{t.Township}"),
        new("GET api/v1/deputies/", _ => "/api/v1/deputies"),
        new("POST api/v1/deputies/", _ => "/api/v1/deputies", Body.Json, t => DeputyBody(0), ["deputy", "deputy.name"],
            ["deputy.gender", "deputy.category", "deputy.levels"]),
        new("GET api/v1/deputies/{id:guid}", t => $"/api/v1/deputies/{t.Deputy}"),
        new("PUT api/v1/deputies/{id:guid}", t => $"/api/v1/deputies/{t.Deputy}", Body.Json, t => DeputyBody(t.DeputyVersion),
            ["deputy", "deputy.name"], ["deputy.gender", "deputy.category", "deputy.levels"]),
        new("POST api/v1/deputies/{id:guid}/status", t => $"/api/v1/deputies/{t.Deputy}/status", Body.Json, t => new()
        {
            ["status"] = "Resigned", ["effectiveOn"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"), ["reason"] = "扫描", ["version"] = t.DeputyVersion,
        }, ["status", "effectiveOn", "reason", "version"], ["status"]),
        new("GET api/v1/deputies/{id:guid}/status-history", t => $"/api/v1/deputies/{t.Deputy}/status-history"),
        new("GET api/v1/townships/{id:guid}/deputies.xlsx", t => $"/api/v1/townships/{t.Township}/deputies.xlsx"),
        new("GET api/v1/townships/{id:guid}/deputies/import-template.xlsx", t => $"/api/v1/townships/{t.Township}/deputies/import-template.xlsx"),
        new("POST api/v1/townships/{id:guid}/deputies/import", t => $"/api/v1/townships/{t.Township}/deputies/import", Body.Sheet),
        new("GET api/v1/townships/{id:guid}/roster.pdf", t => $"/api/v1/townships/{t.Township}/roster.pdf"),
        new("GET api/v1/sessions/", _ => "/api/v1/sessions"),
        new("GET api/v1/sessions/{id:guid}", t => $"/api/v1/sessions/{t.Session}"),
        new("GET api/v1/sessions/{id:guid}/minutes.pdf", t => $"/api/v1/sessions/{t.Session}/minutes.pdf"),
        new("GET api/v1/sessions/{id:guid}/sign-in-sheet.pdf", t => $"/api/v1/sessions/{t.Session}/sign-in-sheet.pdf"),
        new("GET api/v1/sessions/{id:guid}/ballots.pdf", t => $"/api/v1/sessions/{t.Session}/ballots.pdf"),
        new("GET api/v1/agenda-items/{id:guid}/documents/", t => $"/api/v1/agenda-items/{t.AgendaItem}/documents"),
        new("POST api/v1/agenda-items/{id:guid}/documents/", t => $"/api/v1/agenda-items/{t.AgendaItem}/documents", Body.Upload),
        new("GET api/v1/documents/{id:guid}", t => $"/api/v1/documents/{t.Document}"),
        // A wrong version: a well-formed request would delete the document.
        new("DELETE api/v1/documents/{id:guid}", t => $"/api/v1/documents/{t.Document}?version=987654"),
        new("GET api/v1/presidium-meetings/", _ => "/api/v1/presidium-meetings"),
        new("GET api/v1/presidium-meetings/{id:guid}", t => $"/api/v1/presidium-meetings/{t.Meeting}"),
        new("GET api/v1/presidium-meetings/{id:guid}/minutes.pdf", t => $"/api/v1/presidium-meetings/{t.Meeting}/minutes.pdf"),
        new("GET api/v1/suggestions/", _ => "/api/v1/suggestions"),
        new("GET api/v1/suggestions/{id:guid}", t => $"/api/v1/suggestions/{t.Suggestion}"),
        new("GET api/v1/suggestions/{id:guid}/assignment-letter.pdf", t => $"/api/v1/suggestions/{t.Suggestion}/assignment-letter.pdf"),
        new("POST api/v1/suggestions/", _ => "/api/v1/suggestions", Body.Json, t => SuggestionBody(t, 0), ["suggestion"],
            ["suggestion.kind", "suggestion.source"]),
        new("PUT api/v1/suggestions/{id:guid}", t => $"/api/v1/suggestions/{t.Suggestion}", Body.Json, t => SuggestionBody(t, t.SuggestionVersion),
            ["suggestion"], ["suggestion.kind", "suggestion.source"]),
        new("POST api/v1/suggestions/{id:guid}/transitions", t => $"/api/v1/suggestions/{t.Suggestion}/transitions", Body.Json, t => new()
        {
            ["action"] = "assign", ["version"] = t.SuggestionVersion, ["unitId"] = t.Unit.ToString(), ["coUnitIds"] = new JsonArray(),
            ["isComplex"] = false, ["comment"] = "扫描", ["answerClass"] = "A", ["satisfaction"] = "Satisfied", ["implementation"] = "Implemented",
        }, ["action"], ["answerClass", "satisfaction", "implementation"]),
        new("POST api/v1/suggestions/merge", _ => "/api/v1/suggestions/merge", Body.Json, t => new()
        {
            ["sourceIds"] = new JsonArray(t.Suggestion.ToString(), t.Other.ToString()), ["title"] = "扫描并案", ["text"] = "扫描并案的内容",
        }),
        new("GET api/v1/suggestions/similar", _ => "/api/v1/suggestions/similar"),
        new("GET api/v1/townships/{id:guid}/suggestion-figures", t => $"/api/v1/townships/{t.Township}/suggestion-figures"),
        new("GET api/v1/townships/{id:guid}/suggestion-ledger.xlsx", t => $"/api/v1/townships/{t.Township}/suggestion-ledger.xlsx"),
        new("GET api/v1/suggestion-ledger.xlsx", _ => "/api/v1/suggestion-ledger.xlsx"),
        new("GET api/v1/townships/{id:guid}/suggestion-import-template.xlsx", t => $"/api/v1/townships/{t.Township}/suggestion-import-template.xlsx"),
        new("POST api/v1/townships/{id:guid}/suggestion-import", t => $"/api/v1/townships/{t.Township}/suggestion-import", Body.Sheet),
        new("GET api/v1/handling-units", _ => "/api/v1/handling-units"),
        .. DeputyRecordPrintRoutes,
        new("GET api/v1/suggestion-categories", _ => "/api/v1/suggestion-categories"),
        new("GET api/v1/notifications/", _ => "/api/v1/notifications"),
        // Nobody's notice: a well-formed request would mark it read.
        new("POST api/v1/notifications/{id:guid}/read", _ => $"/api/v1/notifications/{Guid.NewGuid()}/read"),
        new("POST api/v1/notifications/read-all", _ => "/api/v1/notifications/read-all"),
        new("POST api/v1/suggestions/{id:guid}/attachments", t => $"/api/v1/suggestions/{t.Suggestion}/attachments", Body.Upload),
        new("GET api/v1/suggestion-attachments/{id:guid}", t => $"/api/v1/suggestion-attachments/{t.Attachment}"),
        new("DELETE api/v1/suggestion-attachments/{id:guid}", _ => $"/api/v1/suggestion-attachments/{Guid.NewGuid()}"),
        new("GET api/v1/counties/{countyId:guid}/rules/", t => $"/api/v1/counties/{t.County}/rules"),
        new("PUT api/v1/counties/{countyId:guid}/rules/{key}", t => $"/api/v1/counties/{t.County}/rules/activities.group-held-per-year", Body.Json,
            _ => new() { ["value"] = 3, ["version"] = 0 }, ["value", "version"]),
        .. VoterContactRoutes,
        .. SupervisionRoutes,
        .. AppraisalRoutes,
        .. DeputyRecordRoutes,
        .. DashboardRoutes,
        .. AnnualReportRoutes,
        .. PopoloRoutes,
        .. ScorecardRoutes,
        .. FollowUpRoutes,
        new("GET api/v1/livelihood-projects/", _ => "/api/v1/livelihood-projects"),
        new("GET api/v1/livelihood-projects/{id:guid}", t => $"/api/v1/livelihood-projects/{t.LivelihoodProject}"),
        // A wrong version: a well-formed edit would change the project.
        new("PUT api/v1/livelihood-projects/{id:guid}", t => $"/api/v1/livelihood-projects/{t.LivelihoodProject}", Body.Json, t => LivelihoodBody(t),
            ["project", "project.milestones", "project.state"], ["project.state"]),
        // Nobody's session: a well-formed request would build a ledger.
        new("POST api/v1/sessions/{id:guid}/livelihood-projects", _ => $"/api/v1/sessions/{Guid.NewGuid()}/livelihood-projects"),
        new("GET api/v1/activities/", _ => "/api/v1/activities"),
        new("POST api/v1/activities/", _ => "/api/v1/activities", Body.Json, t => ActivityBody(t, 0), ["activity"],
            ["activity.kind", "activity.organiser", "activity.status"]),
        new("GET api/v1/activities/{id:guid}", t => $"/api/v1/activities/{ActivitySweepTargets.Of(t.Township)}"),
        new("PUT api/v1/activities/{id:guid}", t => $"/api/v1/activities/{ActivitySweepTargets.Of(t.Township)}", Body.Json,
            t => ActivityBody(t, ActivitySweepTargets.VersionOf(t.Township)), ["activity"], ["activity.kind", "activity.organiser", "activity.status"]),
        new("GET api/v1/activities/{id:guid}/report.pdf", t => $"/api/v1/activities/{ActivitySweepTargets.Of(t.Township)}/report.pdf"),
        new("GET api/v1/rectifications/overdue", _ => "/api/v1/rectifications/overdue"),
        .. ActivityFileRoutes,
        // Last: a well-formed logout ends the sweep's session.
        new("POST api/v1/auth/logout", _ => "/api/v1/auth/logout"),
    ];

    private static JsonObject DeputyBody(long version) => new()
    {
        ["version"] = version,
        ["deputy"] = new JsonObject
        {
            ["name"] = "扫描代表", ["gender"] = "Female", ["ethnicity"] = "汉族", ["affiliation"] = "群众", ["education"] = "大学",
            ["occupation"] = "教师", ["category"] = "Farmer", ["levels"] = "Township", ["workUnit"] = "城关小学", ["constituency"] = "第一选区",
            ["phone"] = "13800000000", ["birthDate"] = "1980-01-01",
        },
    };

    private static JsonObject LivelihoodBody(Target t) => new()
    {
        ["version"] = 987654,
        ["project"] = new JsonObject
        {
            ["ownerUnitId"] = t.Unit.ToString(), ["ownerUnitName"] = "扫描单位", ["budget"] = 12.5, ["presidiumMemberId"] = t.Deputy.ToString(),
            ["monitorDeputyId"] = t.Deputy.ToString(), ["state"] = "InProgress", ["description"] = "扫描",
            ["milestones"] = new JsonArray(new JsonObject
            {
                ["id"] = null, ["name"] = "扫描节点", ["plannedOn"] = "2026-06-30", ["doneOn"] = "2026-06-28", ["weight"] = 2,
            }),
            ["satisfaction"] = new JsonObject { ["satisfied"] = 10, ["basicallySatisfied"] = 2, ["unsatisfied"] = 1, ["votedOn"] = "2026-11-20" },
        },
    };

    private static JsonObject SuggestionBody(Target t, long version) => new()
    {
        ["version"] = version,
        ["suggestion"] = new JsonObject
        {
            ["kind"] = "Suggestion", ["title"] = "扫描建议", ["text"] = "扫描建议的内容", ["leadDeputyId"] = t.Deputy.ToString(),
            ["coSignerIds"] = new JsonArray(), ["source"] = "Deputy", ["sourceNote"] = "扫描", ["submittedOn"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"),
        },
    };

    /// <summary>Bad values for every query parameter the API reads; unknown ones are ignored by the routes.</summary>
    private static readonly string[] BadQueries =
    [
        "year=0", "year=10000", "year=-1", "year=abc", "year=99999999999", "page=-1", "page=0", "page=2147483647", "pageSize=100000",
        "pageSize=0", "pageSize=-5", "take=0", "take=100000", "townshipId=not-a-guid", "unitId=1", "deputyId=x", "categoryId=%00",
        "excludeId=zz", "answerId=bad", "state=bogus", "overdue=maybe", "keyItems=2", "q=%00", "q=" + new string('路', 5000),
        "title=%00%01", "text=" + new string('x', 30000), "version=abc", "version=-1", "version=99999999999999999999", "unitId=",
        "quarter=0", "quarter=5", "quarter=x", "kind=99", "kind=bogus",
    ];

    [Fact]
    public async Task NoMalformedRequestAnswers5xxOrWritesAnything()
    {
        var target = await TargetAsync();
        var before = await SnapshotAsync();
        var client = await app.LoginAsync("town01");

        var failures = new List<string>();
        var counts = new Dictionary<string, int>();
        foreach (var route in Routes)
        {
            var (method, _) = Split(route.Key);
            var requests = method == "GET" ? Queries(route, target) : WriteRequests(route, target);
            counts[route.Key] = requests.Count;
            foreach (var (label, request) in requests)
            {
                var response = await client.SendAsync(request());
                if ((int)response.StatusCode >= 500) failures.Add($"{route.Key} [{label}] → {(int)response.StatusCode}");
                else if (method != "GET" && response.IsSuccessStatusCode && route.Key is not ("POST api/v1/notifications/read-all" or "POST api/v1/auth/logout"))
                    failures.Add($"{route.Key} [{label}] → {(int)response.StatusCode} (accepted)");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await SnapshotAsync());
        Assert.All(counts.Where(c => !c.Key.StartsWith("GET", StringComparison.Ordinal)), c => Assert.True(c.Value >= 20, $"{c.Key}: {c.Value}"));
        Console.WriteLine($"Input sweep on {app.Provider}: {Routes.Length} routes, {counts.Values.Sum()} requests, " +
            $"write routes ≥{counts.Where(c => !c.Key.StartsWith("GET", StringComparison.Ordinal)).Min(c => c.Value)} each, 0 answered 5xx");
    }

    [Fact]
    public void TheInputSweepCoversEveryApiRoute()
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/v1/", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText!.TrimStart('/')}"))
            .Order().ToList();
        Assert.Equal(routes, Routes.Select(r => r.Key).Order().ToList());
    }

    private static (string Method, string Pattern) Split(string key) => (key[..key.IndexOf(' ')], key[(key.IndexOf(' ') + 1)..]);

    private static List<(string, Func<HttpRequestMessage>)> Queries(Route route, Target target)
    {
        var url = route.Url(target);
        var list = BadQueries.Select(q => (q.Length > 40 ? q[..40] : q,
            (Func<HttpRequestMessage>)(() => new HttpRequestMessage(HttpMethod.Get, $"{url}{(url.Contains('?') ? '&' : '?')}{q}")))).ToList();
        if (url.Contains(target.Township.ToString()) || url.Split('/').Any(s => Guid.TryParse(s, out _)))
        {
            var missing = string.Join('/', url.Split('/').Select(s => Guid.TryParse(s, out _) ? Guid.NewGuid().ToString() : s));
            list.Add(("unknown id", () => new HttpRequestMessage(HttpMethod.Get, missing)));
            list.Add(("bad id", () => new HttpRequestMessage(HttpMethod.Get, string.Join('/', url.Split('/').Select(s => Guid.TryParse(s, out _) ? "not-a-guid" : s)))));
        }
        return list;
    }

    private async Task<Target> TargetAsync()
    {
        await using var db = app.SystemContext();
        var township = await db.Townships.SingleAsync(t => t.Number == 1);
        var deputy = await db.Deputies.Where(d => d.TownshipId == township.Id).OrderBy(d => d.Id).FirstAsync();
        var items = await db.Suggestions.Where(s => s.TownshipId == township.Id)
            .OrderBy(s => s.State != SuggestionState.Registered).ThenBy(s => s.Id).Take(2).ToListAsync();
        var session = await db.Sessions.Where(s => s.TownshipId == township.Id).OrderBy(s => s.Id).FirstAsync();
        var meeting = await db.PresidiumMeetings.Where(m => m.TownshipId == township.Id).OrderBy(m => m.Id).FirstAsync();
        var agendaItem = await db.Set<AgendaItem>().Where(a => a.SessionId == session.Id).OrderBy(a => a.Order).FirstAsync();
        var unit = await db.HandlingUnits.Where(u => u.TownshipId == null && u.IsActive).OrderBy(u => u.Id).FirstAsync();
        var pdf = "%PDF-1.4\n%扫描\n"u8.ToArray();
        var document = new AgendaDocument
        {
            TownshipId = township.Id, AgendaItemId = agendaItem.Id, FileName = "扫描.pdf", ContentType = "application/pdf", SizeBytes = pdf.Length,
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), UploadedAtUtc = DateTime.UtcNow, UploadedBy = "town01", Content = pdf,
        };
        var attachment = new SuggestionAttachment
        {
            TownshipId = township.Id, SuggestionId = items[0].Id, FileName = "扫描.pdf", ContentType = "application/pdf", SizeBytes = pdf.Length,
            UploadedAtUtc = DateTime.UtcNow, UploadedBy = "town01", Content = pdf,
        };
        db.AddRange(document, attachment);
        await db.SaveChangesAsync();
        // Each feature's partial file adds its own records to the target, one line each.
        var target = new Target(township.Id, deputy.Id, deputy.Version, items[0].Id, items[0].Version, items[1].Id, agendaItem.Id, document.Id,
            unit.Id, session.Id, meeting.Id, attachment.Id, township.CountyId);
        target = await WithVoterContactAsync(db, target);
        target = await WithDeclaredItemAsync(db, target);
        target = await WithVisitAsync(db, target);
        target = target with { Supervision = await SupervisionTargetAsync(db, township.Id, deputy.Id, unit.Id) };
        await EnsureAppraisalTargetAsync(db, township.Id);
        await ActivitySweepTargets.EnsureAsync(db, township.Id);
        await EnsureAnnualReportTargetAsync(db, township.Id);
        target = target with
        {
            LivelihoodProject = await db.LivelihoodProjects.Where(p => p.TownshipId == township.Id).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
        };
        return target;
    }

    /// <summary>Row counts of the main tables and the versions of the records a write would bump.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var db = app.SystemContext();
        var changes = await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Insert || a.Action == AuditAction.Update || a.Action == AuditAction.Delete);
        return string.Join(",", await db.Deputies.CountAsync(), await db.Deputies.SumAsync(d => d.Version), await db.DeputyStatusChanges.CountAsync(),
            await db.Suggestions.CountAsync(), await db.Suggestions.SumAsync(s => s.Version), await db.Set<SuggestionEvent>().CountAsync(),
            await db.Set<SuggestionAnswer>().CountAsync(), await db.SuggestionAssignments.CountAsync(), await db.Set<SuggestionAttachment>().CountAsync(),
            await db.Set<AgendaDocument>().CountAsync(), await db.Sessions.CountAsync(), await db.PresidiumMeetings.CountAsync(), changes,
            await VoterContactSnapshotAsync(db),
            await SupervisionSnapshotAsync(db),
            await AppraisalSnapshotAsync(db),
            await DeputyRecordSnapshotAsync(db),
            await AnnualReportSnapshotAsync(db),
            await db.LivelihoodProjects.CountAsync(), await db.LivelihoodProjects.SumAsync(p => p.Version), await db.Set<Township.Congress.LivelihoodProjects.LivelihoodMilestone>().CountAsync());
    }
}

public sealed class SqliteInputSweepTests(CongressAppFactory app) : InputSweepTests<CongressAppFactory>(app);

public sealed class PostgresInputSweepTests(PostgresAppFactory app) : InputSweepTests<PostgresAppFactory>(app);
