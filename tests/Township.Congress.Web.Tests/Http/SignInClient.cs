using Township.Congress.Demo;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Township.Congress.Data;

namespace Township.Congress.Web.Tests.Http;

/// <summary>Raw sign-in requests: cookies carried by hand, a chosen client address (X-Forwarded-For).</summary>
internal static partial class SignInClient
{
    public static HttpClient Raw(CongressAppFactory app) =>
        app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    public static HttpRequestMessage Login(string userName, string password, string? address = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login") { Content = JsonContent.Create(new { userName, password }) };
        if (address is not null) request.Headers.Add("X-Forwarded-For", address);
        return request;
    }

    /// <summary>Signs in and returns the "congress.auth=..." pair to send as a Cookie header.</summary>
    public static async Task<string> CookieAsync(CongressAppFactory app, string userName, string? address = null)
    {
        var response = await Raw(app).SendAsync(Login(userName, DemoSeeder.DefaultPassword, address));
        response.EnsureSuccessStatusCode();
        return AuthCookie(response) ?? throw new InvalidOperationException("no cookie");
    }

    public static string? AuthCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Select(c => c.Split(';')[0]).FirstOrDefault(c => c.StartsWith("congress.auth=", StringComparison.Ordinal))
            : null;

    public static HttpRequestMessage With(string cookie, HttpMethod method, string url)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Cookie", cookie);
        return request;
    }

    /// <summary>Posts the login form as a browser would (antiforgery token from the page).</summary>
    public static async Task<HttpResponseMessage> FormLoginAsync(CongressAppFactory app, string userName, string password, string returnUrl)
    {
        var client = app.Anonymous();
        var page = await client.GetStringAsync("/login");
        var token = TokenField().Match(page).Groups[1].Value;
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token),
            ["userName"] = userName, ["password"] = password, ["returnUrl"] = returnUrl,
        }));
    }

    [GeneratedRegex("__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
