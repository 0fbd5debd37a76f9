using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace Township.Congress.Web.Tests.Http;

/// <summary>
/// What a browser fetches besides pages: static assets compressed at build time (MapStaticAssets
/// serves the .br/.gz the build made), a favicon, and for an address that does not exist a Chinese
/// page inside the layout, while the API keeps answering problem details.
/// </summary>
public class StaticAssetsAndNotFoundTests(CongressAppFactory app, StaticAssetsAndNotFoundTests.BuiltAssetsAppFactory built)
    : IClassFixture<CongressAppFactory>, IClassFixture<StaticAssetsAndNotFoundTests.BuiltAssetsAppFactory>
{
    /// <summary>
    /// The app as `dotnet run` serves a build (appsettings.Development.json): the compressed files the
    /// build made, with no runtime re-patching (which sends gzip without compression: 627 KB). A
    /// published app serves its publish manifest (gzip and brotli) the same way.
    /// </summary>
    public sealed class BuiltAssetsAppFactory : CongressAppFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ReloadStaticAssetsAtRuntime", "false");
            builder.UseStaticWebAssets();
        }
    }

    private Task<HttpResponseMessage> GetAsync(string url, string accept, string? encodings = null) => SendAsync(app, url, accept, encodings);

    private static async Task<HttpResponseMessage> SendAsync(CongressAppFactory host, string url, string accept, string? encodings = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);
        if (encodings is not null) request.Headers.AcceptEncoding.ParseAdd(encodings);
        return await host.Anonymous().SendAsync(request);
    }

    [Theory]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css", 100)]
    [InlineData("/_content/MudBlazor/MudBlazor.min.js", 30)]
    [InlineData("/app.css", 10)]
    public async Task StaticAssetsAreSentCompressed(string url, int maxKilobytes)
    {
        var response = await SendAsync(built, url, "*/*", "br, gzip");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Content.Headers.ContentEncoding, e => e is "br" or "gzip");
        // The test client does not decompress: these are the bytes on the wire.
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.InRange(bytes.Length, 1, maxKilobytes * 1024);
    }

    [Fact]
    public async Task WithoutAcceptEncodingTheAssetIsSentAsIs()
    {
        var response = await SendAsync(built, "/_content/MudBlazor/MudBlazor.min.css", "text/css");
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 500 * 1024);
    }

    [Fact]
    public async Task TheFaviconExistsAndEveryPageLinksIt()
    {
        var icon = await GetAsync("/favicon.png", "image/*");
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/png", icon.Content.Headers.ContentType?.MediaType);
        var page = await (await GetAsync("/login", "text/html")).Content.ReadAsStringAsync();
        Assert.Matches("<link rel=\"icon\" type=\"image/png\" href=\"[^\"]*favicon[^\"]*\\.png\"", page);
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/deputies/not-a-guid/whatever")]
    public async Task AnUnknownAddressShowsAChinesePageInsideTheLayout(string url)
    {
        var response = await GetAsync(url, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("页面不存在", html);
        Assert.Contains("乡镇人大", html); // the layout's app bar
        Assert.DoesNotContain("\"status\":404", html);
    }

    [Fact]
    public async Task AnUnknownApiAddressStaysAProblem()
    {
        var response = await GetAsync("/api/v1/no-such-thing", "text/html,*/*;q=0.8");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var client = await app.LoginAsync("admin");
        var signedIn = await client.GetAsync("/api/v1/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, signedIn.StatusCode);
        Assert.Equal("application/problem+json", signedIn.Content.Headers.ContentType?.MediaType);
    }
}
