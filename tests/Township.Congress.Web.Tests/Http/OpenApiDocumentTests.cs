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
        Assert.Equal(5, creates.Count);
        Assert.All(creates, o => Assert.Contains("201", o.Statuses));
    }
}
