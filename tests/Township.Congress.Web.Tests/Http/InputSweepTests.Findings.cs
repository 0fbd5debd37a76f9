using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace Township.Congress.Web.Tests.Http;

/// <summary>The hard edges found before the contract existed, each on both providers.</summary>
public abstract partial class InputSweepTests<TFactory>
{
    [Theory]
    [InlineData("gender", 99)]
    [InlineData("gender", -1)]
    [InlineData("gender", "99")]
    [InlineData("category", 99)]
    [InlineData("levels", 64)]
    public async Task AnEnumValueOutsideItsSetIsRefusedAndTheRosterStillExports(string field, object value)
    {
        var target = await TargetAsync();
        var client = await app.LoginAsync("town01");
        var body = DeputyBody(0);
        body["deputy"]![field] = System.Text.Json.Nodes.JsonValue.Create(value);

        var response = await client.PostAsync("/api/v1/deputies", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不在可选范围内", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/townships/{target.Township}/deputies.xlsx")).StatusCode);
    }

    [Theory]
    [InlineData("ethnicity")]
    [InlineData("affiliation")]
    [InlineData("constituency")]
    [InlineData("workUnit")]
    public async Task TextLongerThanItsColumnOrWithNulIs400NamingTheFieldInChinese(string field)
    {
        await TargetAsync();
        var client = await app.LoginAsync("town01");
        foreach (var value in new[] { new string('长', 1_000_000), "汉\u0000族" })
        {
            var body = DeputyBody(0);
            body["deputy"]![field] = value;
            var response = await client.PostAsync("/api/v1/deputies", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
            Assert.True(problem.TryGetProperty("errors", out _));
        }
    }

    [Theory]
    [InlineData("/api/v1/sessions?year=0")]
    [InlineData("/api/v1/sessions?year=10000")]
    [InlineData("/api/v1/presidium-meetings?year=-1")]
    [InlineData("/api/v1/deputies?page=2147483647")]
    public async Task AYearOrPageOutOfRangeIs400(string url)
    {
        var client = await app.LoginAsync("town01");
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("应在", await response.Content.ReadAsStringAsync());
    }
}
