using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Township.Congress.Web.Tests.Http;

public class RuleSettingApiTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    private const string Key = "activities.group-held-per-year";

    private async Task<Guid> CountyAsync()
    {
        await using var db = app.SystemContext();
        return await db.Counties.Select(c => c.Id).FirstAsync();
    }

    private static async Task<JsonElement> RuleAsync(HttpClient client, Guid county)
    {
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/counties/{county}/rules");
        return list.EnumerateArray().Single(r => r.GetProperty("key").GetString() == Key);
    }

    [Fact]
    public async Task TheAdministratorChangesARuleAndEveryoneInTheCountyReadsIt()
    {
        var county = await CountyAsync();
        var admin = await app.LoginAsync("admin");
        var rule = await RuleAsync(admin, county);
        Assert.Equal(2, rule.GetProperty("default").GetDecimal());
        Assert.Equal("代表活动", rule.GetProperty("areaLabel").GetString());

        var set = await admin.PutAsJsonAsync($"/api/v1/counties/{county}/rules/{Key}", new { value = 3, version = 0 });
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);

        var town = await app.LoginAsync("town01");
        var seen = await RuleAsync(town, county);
        Assert.Equal((3m, true, 1L), (seen.GetProperty("value").GetDecimal(), seen.GetProperty("isChanged").GetBoolean(), seen.GetProperty("version").GetInt64()));

        // A second editor who still saw the default is refused, and the secretary may not write at all.
        var stale = await admin.PutAsJsonAsync($"/api/v1/counties/{county}/rules/{Key}", new { value = 4, version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var refused = await town.PutAsJsonAsync($"/api/v1/counties/{county}/rules/{Key}", new { value = 4, version = 1 });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(3m, (await RuleAsync(admin, county)).GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task BadValuesAndUnknownKeysAreProblemsThatNameTheRule()
    {
        var county = await CountyAsync();
        var admin = await app.LoginAsync("admin");
        var range = await admin.PutAsJsonAsync($"/api/v1/counties/{county}/rules/{Key}", new { value = 99, version = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, range.StatusCode);
        Assert.Equal("application/problem+json", range.Content.Headers.ContentType?.MediaType);
        Assert.Contains("代表小组每年至少开展活动", await range.Content.ReadAsStringAsync());
        var unknown = await admin.PutAsJsonAsync($"/api/v1/counties/{county}/rules/no.such-rule", new { value = 1, version = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var missing = await admin.GetAsync($"/api/v1/counties/{Guid.NewGuid()}/rules");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
