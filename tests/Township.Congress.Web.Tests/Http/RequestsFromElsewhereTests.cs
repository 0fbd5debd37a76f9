using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Township.Congress.Web.Tests.Http;

/// <summary>Decision 0010: an API write sent by another site's page is refused; our pages and scripts are not.</summary>
public partial class RequestsFromElsewhereTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    private const string Evil = "http://evil.example";

    private sealed record Deputy(Guid Township, Guid Id, JsonElement Json);

    private static async Task<Deputy> FirstDeputyAsync(HttpClient client)
    {
        var township = (await client.GetFromJsonAsync<JsonElement>("/api/v1/townships"))[0].GetProperty("id").GetGuid();
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/deputies?townshipId={township}&pageSize=1");
        var id = list.GetProperty("items")[0].GetProperty("id").GetGuid();
        return new Deputy(township, id, await client.GetFromJsonAsync<JsonElement>($"/api/v1/deputies/{id}"));
    }

    private static object Write(JsonElement d, string name, string occupation, long version = 0) => new
    {
        version,
        deputy = new
        {
            name, gender = d.GetProperty("gender").GetString(), ethnicity = d.GetProperty("ethnicity").GetString(),
            levels = d.GetProperty("levels").GetString(), category = d.GetProperty("category").GetString(), occupation,
        },
    };

    private static HttpRequestMessage Request(HttpMethod method, string url, HttpContent? content, string header = "Origin", string value = Evil)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.TryAddWithoutValidation(header, value);
        return request;
    }

    private static async Task<int> TotalAsync(HttpClient client, Guid township) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/deputies?townshipId={township}")).GetProperty("total").GetInt32();

    private static MultipartFormDataContent RosterUpload()
    {
        var sheet = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(sheet, new[]
        {
            new Dictionary<string, object?> { ["姓名"] = "外站导入", ["性别"] = "男", ["民族"] = "汉族", ["出生日期"] = "1970-01-01", ["代表结构"] = "农民", ["代表层级"] = "乡" },
        });
        return new MultipartFormDataContent { { new ByteArrayContent(sheet.ToArray()), "file", "名册.xlsx" } };
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("其他网站", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task WritesFromAForeignOriginWithTheCookieAre403AndWriteNothing()
    {
        var client = await app.LoginAsync("town06");
        var (township, id, deputy) = await FirstDeputyAsync(client);
        var before = await TotalAsync(client, township);
        var occupation = deputy.GetProperty("occupation").GetString();

        await AssertRefusedAsync(await client.SendAsync(Request(HttpMethod.Post, "/api/v1/deputies", JsonContent.Create(Write(deputy, "外站新建", "农民")))));
        await AssertRefusedAsync(await client.SendAsync(Request(HttpMethod.Put, $"/api/v1/deputies/{id}",
            JsonContent.Create(Write(deputy, deputy.GetProperty("name").GetString()!, "外站修改", deputy.GetProperty("version").GetInt64())))));
        await AssertRefusedAsync(await client.SendAsync(Request(HttpMethod.Post, $"/api/v1/townships/{township}/deputies/import", RosterUpload())));
        await AssertRefusedAsync(await client.SendAsync(Request(HttpMethod.Post, "/api/v1/auth/logout", null)));
        // Without Origin, a foreign Referer is just as foreign.
        await AssertRefusedAsync(await client.SendAsync(Request(HttpMethod.Post, "/api/v1/auth/logout", null, "Referer", Evil + "/page")));
        // An opaque origin (sandboxed frame, file: page) is not ours either.
        await AssertRefusedAsync(await client.SendAsync(Request(HttpMethod.Post, "/api/v1/auth/logout", null, "Origin", "null")));

        Assert.Equal(before, await TotalAsync(client, township));
        Assert.Equal(occupation, (await client.GetFromJsonAsync<JsonElement>($"/api/v1/deputies/{id}")).GetProperty("occupation").GetString());
        // Still signed in: the logout was refused too.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Fact]
    public async Task WritesFromOurOwnOriginOrWithNeitherHeaderPass()
    {
        var client = await app.LoginAsync("town07");
        var (township, id, deputy) = await FirstDeputyAsync(client);
        var own = client.BaseAddress!.GetLeftPart(UriPartial.Authority);

        var created = await client.SendAsync(Request(HttpMethod.Post, "/api/v1/deputies", JsonContent.Create(Write(deputy, "本站新建", "农民")), "Origin", own));
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var updated = await client.SendAsync(Request(HttpMethod.Put, $"/api/v1/deputies/{id}",
            JsonContent.Create(Write(deputy, deputy.GetProperty("name").GetString()!, "本站修改", deputy.GetProperty("version").GetInt64())),
            "Referer", own + "/roster"));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        // A script (no Origin, no Referer) uploads with the cookie it got from /auth/login.
        var imported = await client.PostAsync($"/api/v1/townships/{township}/deputies/import", RosterUpload());
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal("本站修改", (await client.GetFromJsonAsync<JsonElement>($"/api/v1/deputies/{id}")).GetProperty("occupation").GetString());
    }

    [Fact]
    public async Task ALoginFromAForeignOriginIsRefusedAndSetsNoCookie()
    {
        var client = app.Anonymous();
        var response = await client.SendAsync(Request(HttpMethod.Post, "/api/v1/auth/login",
            JsonContent.Create(new { userName = "town08", password = Township.Congress.Demo.DemoSeeder.DefaultPassword })));

        await AssertRefusedAsync(response);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Fact]
    public async Task AForeignOriginWithOurAntiforgeryTokenPasses()
    {
        var client = app.Anonymous();
        var page = await client.GetStringAsync("/login");
        var token = TokenField().Match(page).Groups[1].Value;
        Assert.NotEmpty(token);

        var request = Request(HttpMethod.Post, "/api/v1/auth/login",
            JsonContent.Create(new { userName = "town09", password = Township.Congress.Demo.DemoSeeder.DefaultPassword }), "Origin", "null");
        request.Headers.Add("RequestVerificationToken", WebUtility.HtmlDecode(token));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
