using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Township.Congress.Web.Tests.Http;

/// <summary>What `curl -I` shows on a page, an API answer, a download and an error.</summary>
public partial class SecurityHeadersTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    private static string Header(HttpResponseMessage r, string name) =>
        r.Headers.TryGetValues(name, out var v) || r.Content.Headers.TryGetValues(name, out v) ? string.Join(", ", v) : "";

    private static void AssertEveryResponseHeader(HttpResponseMessage r)
    {
        var csp = Header(r, "Content-Security-Policy");
        foreach (var directive in new[] { "default-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "connect-src 'self'",
                     "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'self'" })
            Assert.Contains(directive, csp);
        Assert.Matches(@"script-src 'self' 'nonce-[0-9A-F]{32}';", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("SAMEORIGIN", Header(r, "X-Frame-Options"));
        Assert.Equal("nosniff", Header(r, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(r, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(r, "Permissions-Policy"));
        Assert.Contains("geolocation=()", Header(r, "Permissions-Policy"));
        Assert.Equal("", Header(r, "Server"));
    }

    private static void AssertNotStored(HttpResponseMessage r) => Assert.Equal("no-store", Header(r, "Cache-Control"));

    [Fact]
    public async Task APageCarriesThePolicyAndItsImportMapTheNonce()
    {
        var response = await app.Anonymous().GetAsync("/login");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertEveryResponseHeader(response);

        var nonce = NonceOf().Match(Header(response, "Content-Security-Policy")).Groups[1].Value;
        var html = await response.Content.ReadAsStringAsync();
        // The only inline script a page has is the import map, and it carries this response's nonce.
        foreach (Match script in InlineScript().Matches(html))
            Assert.Contains($"nonce=\"{nonce}\"", System.Net.WebUtility.HtmlDecode(script.Value));
        Assert.NotEqual(nonce, NonceOf().Match(Header(await app.Anonymous().GetAsync("/login"), "Content-Security-Policy")).Groups[1].Value);
    }

    [Fact]
    public async Task ApiAnswersDownloadsAndErrorsCarryTheHeadersAndAreNeverStored()
    {
        var client = await app.LoginAsync("town01");
        var townships = await client.GetAsync("/api/v1/townships");
        Assert.Equal(HttpStatusCode.OK, townships.StatusCode);
        AssertEveryResponseHeader(townships);
        AssertNotStored(townships);

        var township = (await townships.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetGuid();
        foreach (var download in new[] { $"/api/v1/townships/{township}/deputies.xlsx", $"/api/v1/townships/{township}/roster.pdf" })
        {
            var file = await client.GetAsync(download);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            AssertEveryResponseHeader(file);
            AssertNotStored(file);
        }

        var missing = await client.GetAsync($"/api/v1/deputies/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        AssertEveryResponseHeader(missing);
        AssertNotStored(missing);
        var anonymous = await app.Anonymous().GetAsync("/api/v1/deputies");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        AssertEveryResponseHeader(anonymous);
    }

    [Fact]
    public async Task HttpsResponsesOutsideDevelopmentCarryHsts()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://congress.example.org"), AllowAutoRedirect = false });
        var response = await client.GetAsync("/login");
        Assert.Matches(@"max-age=31536000", Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public void KestrelSendsNoServerHeader() =>
        Assert.False(app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceOf();

    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>")]
    private static partial Regex InlineScript();
}
