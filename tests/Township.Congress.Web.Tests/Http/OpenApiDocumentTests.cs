using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Township.Congress.Web.Tests.Http;

/// <summary>
/// /openapi/v1.json describes every API operation well enough to write a client from it: a unique
/// operation id, a summary, the client errors it can answer, and the type of the files it sends.
/// </summary>
public class OpenApiDocumentTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    private static readonly string[] FileTypes =
        ["application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/octet-stream"];

    private sealed record Operation(string Method, string Path, JsonElement Body)
    {
        public override string ToString() => $"{Method.ToUpperInvariant()} {Path}";

        public string? Text(string name) => Body.TryGetProperty(name, out var v) ? v.GetString() : null;

        public IReadOnlyList<string> Statuses => Body.TryGetProperty("responses", out var r)
            ? r.EnumerateObject().Select(p => p.Name).ToList() : [];

        public IReadOnlyList<string> OkContentTypes =>
            Body.TryGetProperty("responses", out var r) && r.TryGetProperty("200", out var ok) && ok.TryGetProperty("content", out var c)
                ? c.EnumerateObject().Select(p => p.Name).ToList() : [];

        public bool SendsAFile => OkContentTypes.Any(FileTypes.Contains);
    }

    private async Task<List<Operation>> ApiOperationsAsync()
    {
        var document = await app.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        return document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/v1/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject()
                .Where(m => m.Name is "get" or "post" or "put" or "delete" or "patch")
                .Select(m => new Operation(m.Name, p.Name, m.Value)))
            .ToList();
    }

    [Fact]
    public async Task EveryApiRouteIsAnOperationOfTheDocument()
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/v1/", StringComparison.Ordinal))
            .Sum(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Count);
        Assert.Equal(routes, (await ApiOperationsAsync()).Count);
    }

    [Fact]
    public async Task EveryOperationHasAUniqueOperationIdAndASummary()
    {
        var operations = await ApiOperationsAsync();
        Assert.NotEmpty(operations);
        Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace(o.Text("operationId")), $"{o} has no operationId"));
        Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace(o.Text("summary")), $"{o} has no summary"));
        var repeated = operations.GroupBy(o => o.Text("operationId")).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(repeated);
        // One style for all ids: PascalCase, letters and digits only.
        Assert.All(operations, o => Assert.Matches("^[A-Z][A-Za-z0-9]+$", o.Text("operationId")!));
    }

    [Fact]
    public async Task EveryDataOperationListsTheClientErrorsItCanAnswer()
    {
        var operations = (await ApiOperationsAsync()).Where(o => !o.SendsAFile).ToList();
        Assert.NotEmpty(operations);
        Assert.All(operations, o => Assert.True(o.Statuses.Any(s => s.StartsWith('4')), $"{o} lists no 4xx response"));
        // A bad query value or body is a validation problem on every route.
        Assert.All(operations, o => Assert.Contains("400", o.Statuses));
    }

    [Fact]
    public async Task WritesDeclareReadOnlyNotFoundAndConflict()
    {
        var writes = (await ApiOperationsAsync()).Where(o => o.Method is "put" or "delete" || o.Path.EndsWith("/transitions")).ToList();
        Assert.NotEmpty(writes);
        Assert.All(writes, o => Assert.Superset(new HashSet<string> { "403", "404", "409" }, o.Statuses.ToHashSet()));
    }

    [Fact]
    public async Task DownloadsDeclareTheTypeOfTheirFile()
    {
        var operations = await ApiOperationsAsync();
        var pdfs = operations.Where(o => o.Path.EndsWith(".pdf", StringComparison.Ordinal)).ToList();
        var sheets = operations.Where(o => o.Path.EndsWith(".xlsx", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pdfs);
        Assert.NotEmpty(sheets);
        Assert.All(pdfs, o => Assert.Contains("application/pdf", o.OkContentTypes));
        Assert.All(sheets, o => Assert.Contains(FileTypes[1], o.OkContentTypes));
        Assert.All(pdfs.Concat(sheets), o => Assert.Contains("404", o.Statuses));
    }

    [Fact]
    public async Task CreatesAnswer201()
    {
        var creates = (await ApiOperationsAsync()).Where(o => o.Text("operationId") is { } id
            && (id.StartsWith("Create", StringComparison.Ordinal) || id.StartsWith("Upload", StringComparison.Ordinal) || id == "MergeSuggestions")).ToList();
        // 5 of the roster, sessions and suggestions; CreateReception, CreateVoterContact; the reports to voters and petitions' 3;
        // CreateAppraisal; CreateActivity; CreateDeclaredItem, CreateDeputyInterview; UploadActivityFile; CreateAnnualReport, CreateAnnualReportVersion.
        Assert.Equal(5 + 2 + 3 + 1 + 1 + 2 + 1 + 2, creates.Count);
        Assert.All(creates, o => Assert.Contains("201", o.Statuses));
    }

    private async Task<JsonElement> DocumentAsync() => await app.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

    /// <summary>Every schema in the document, with where it sits.</summary>
    private static IEnumerable<(string Where, JsonElement Schema)> Schemas(JsonElement node, string where)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in node.EnumerateArray()) foreach (var s in Schemas(item, $"{where}/{i++}")) yield return s;
            yield break;
        }
        if (node.ValueKind != JsonValueKind.Object) yield break;
        if (node.TryGetProperty("type", out var type) && type.ValueKind is JsonValueKind.String or JsonValueKind.Array
            || node.TryGetProperty("properties", out _) || node.TryGetProperty("$ref", out _))
            yield return (where, node);
        foreach (var p in node.EnumerateObject())
        {
            // A "properties" map is not a schema itself (its keys are field names, "type" among them).
            var children = p.Name == "properties" && p.Value.ValueKind == JsonValueKind.Object
                ? p.Value.EnumerateObject().SelectMany(f => Schemas(f.Value, $"{where}/properties/{f.Name}"))
                : Schemas(p.Value, $"{where}/{p.Name}");
            foreach (var s in children) yield return s;
        }
    }

    private static IReadOnlyList<string> Types(JsonElement schema) =>
        !schema.TryGetProperty("type", out var t) || t.ValueKind is not (JsonValueKind.String or JsonValueKind.Array) ? []
        : t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().Select(x => x.GetString()!).ToList() : [t.GetString()!];

    [Fact]
    public async Task IntegersAreIntegersNotNumericStrings()
    {
        var document = await DocumentAsync();
        var integers = Schemas(document, "").Where(s => Types(s.Schema).Contains("integer")).ToList();
        Assert.NotEmpty(integers);
        Assert.All(integers, s => Assert.DoesNotContain("string", Types(s.Schema)));
        Assert.All(integers, s => Assert.False(s.Schema.TryGetProperty("pattern", out _), $"{s.Where} has a pattern"));
    }

    [Fact]
    public async Task EveryObjectIsANamedSchemaAndEveryValueHasAType()
    {
        var document = await DocumentAsync();
        // Objects with properties live in components/schemas only; operations point at them by $ref.
        var inline = Schemas(document, "").Where(s => s.Schema.TryGetProperty("properties", out _)
            && !System.Text.RegularExpressions.Regex.IsMatch(s.Where, "^/components/schemas/[^/]+$")).Select(s => s.Where).ToList();
        Assert.Empty(inline);
        // An empty schema ({}) types nothing: a generated client would say "unknown".
        var untyped = document.GetProperty("components").GetProperty("schemas").EnumerateObject()
            .SelectMany(c => c.Value.TryGetProperty("properties", out var props) ? props.EnumerateObject().Select(p => (c.Name, p)) : [])
            .Where(x => x.p.Value.EnumerateObject().All(k => k.Name is "description" or "default"))
            .Select(x => $"{x.Name}.{x.p.Name}").ToList();
        Assert.Empty(untyped);
        var problem = document.GetProperty("components").GetProperty("schemas").GetProperty("ProblemDetails").GetProperty("properties");
        Assert.Contains("string", Types(problem.GetProperty("detail")));
    }

    [Fact]
    public async Task CreatesSendTheirLocationAndRemovalsAnswer204()
    {
        var operations = await ApiOperationsAsync();
        var created = operations.Where(o => o.Statuses.Contains("201")).ToList();
        Assert.NotEmpty(created);
        Assert.All(created, o => Assert.True(o.Body.GetProperty("responses").GetProperty("201").TryGetProperty("headers", out var h)
            && h.TryGetProperty("Location", out _), $"{o} declares no Location header"));
        var deletes = operations.Where(o => o.Method == "delete").ToList();
        Assert.NotEmpty(deletes);
        Assert.All(deletes, o => Assert.Contains("204", o.Statuses));
    }

    [Fact]
    public async Task TheSessionCookieIsTheSecuritySchemeAndSigningInNeedsNone()
    {
        var document = await DocumentAsync();
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").EnumerateObject().Single().Value;
        Assert.Equal(("apiKey", "cookie", "congress.auth"),
            (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()));
        Assert.Equal(1, document.GetProperty("security").GetArrayLength());
        var login = (await ApiOperationsAsync()).Single(o => o.Text("operationId") == "Login");
        Assert.Equal(0, login.Body.GetProperty("security").GetArrayLength());
        // Only the API is described: the account forms are the pages' own.
        Assert.All(document.GetProperty("paths").EnumerateObject(), p => Assert.StartsWith("/api/", p.Name));
    }
}
