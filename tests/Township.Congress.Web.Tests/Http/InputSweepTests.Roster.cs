using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Township.Congress.Web.Tests.Http;

/// <summary>The roster's own query parameters (sort, descending, the page's filters on the export): each bad value is a 400 problem.</summary>
public abstract partial class InputSweepTests<TFactory>
{
    private static readonly string[] BadRosterQueries =
    [
        "sort=bogus", "sort=99", "sort=-1", "sort=%00", "descending=maybe", "descending=2", "level=999", "level=Everywhere",
        "category=-3", "category=Nobody", "status=42", "status=Gone", "groupId=not-a-guid", "villageId=123", "groupId=%00",
    ];

    [Fact]
    public async Task EveryBadRosterQueryValueIsA400ProblemNamingNoServerError()
    {
        Guid township;
        await using (var db = app.SystemContext())
            township = await db.Townships.Where(t => t.Number == 1).Select(t => t.Id).SingleAsync();
        var client = await app.LoginAsync("town01");
        string[] urls = [$"/api/v1/deputies?townshipId={township}", $"/api/v1/townships/{township}/deputies.xlsx?x=1"];

        var failures = new List<string>();
        foreach (var url in urls)
        foreach (var bad in BadRosterQueries)
        {
            // The list reads sort and descending only; the export reads every filter.
            if (url.StartsWith("/api/v1/deputies", StringComparison.Ordinal) && !bad.StartsWith("sort", StringComparison.Ordinal)
                && !bad.StartsWith("descending", StringComparison.Ordinal)) continue;
            var response = await client.GetAsync($"{url}&{bad}");
            if (response.StatusCode != HttpStatusCode.BadRequest || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                failures.Add($"{url} [{bad}] → {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
