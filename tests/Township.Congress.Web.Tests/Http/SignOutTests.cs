using Township.Congress.Demo;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Township.Congress.Data;
using Township.Congress.Security;
using Township.Congress.Web.Infrastructure;
using static Township.Congress.Web.Tests.Http.SignInClient;

namespace Township.Congress.Web.Tests.Http;

/// <summary>Sign-out, expiry and account changes end the server session: the cookie alone opens nothing.</summary>
public class SignOutTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    [Fact]
    public async Task AfterLogoutTheOldCookieAnswers401()
    {
        var cookie = await CookieAsync(app, "town08");
        var client = Raw(app);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(With(cookie, HttpMethod.Get, "/api/v1/auth/me"))).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(With(cookie, HttpMethod.Post, "/api/v1/auth/logout"))).StatusCode);

        // The same cookie, replayed: the session it names has ended.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(With(cookie, HttpMethod.Get, "/api/v1/auth/me"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(With(cookie, HttpMethod.Get, "/api/v1/deputies"))).StatusCode);
        await using var db = app.SystemContext();
        var user = await db.Users.SingleAsync(u => u.UserName == "town08");
        Assert.Contains(await db.ServerSessions.Where(s => s.UserId == user.Id).ToListAsync(), s => s.EndReason == ServerSessionEnd.SignedOut);
    }

    [Fact]
    public async Task FormLogoutEndsTheSessionToo()
    {
        var cookie = await CookieAsync(app, "town09");
        var client = Raw(app);
        var page = await client.SendAsync(With(cookie, HttpMethod.Get, "/roster"));
        var token = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(), "__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        var antiforgery = page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).First(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        var logout = With(cookie + "; " + antiforgery, HttpMethod.Post, "/account/logout");
        logout.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token) });
        Assert.Equal(HttpStatusCode.Redirect, (await client.SendAsync(logout)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(With(cookie, HttpMethod.Get, "/api/v1/auth/me"))).StatusCode);
    }

    [Fact]
    public async Task PasswordChangeAndDisableEndEverySessionOfTheUser()
    {
        var client = Raw(app);
        var first = await CookieAsync(app, "town10");
        var second = await CookieAsync(app, "town10");
        var other = await CookieAsync(app, "town11");
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByNameAsync("town10");
            var changed = await scope.ServiceProvider.GetRequiredService<AccountSessions>()
                .ChangePasswordAsync(user!, DemoSeeder.DefaultPassword, "Neu@2026pw");
            Assert.True(changed.Succeeded);
        }
        foreach (var cookie in new[] { first, second })
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(With(cookie, HttpMethod.Get, "/api/v1/auth/me"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(With(other, HttpMethod.Get, "/api/v1/auth/me"))).StatusCode);

        var third = await CookieAsync(app, "town12");
        using (var scope = app.Services.CreateScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("town12");
            Assert.True((await scope.ServiceProvider.GetRequiredService<AccountSessions>().DisableAsync(user!)).Succeeded);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(With(third, HttpMethod.Get, "/api/v1/auth/me"))).StatusCode);
        // A disabled account is refused like a wrong password: nothing says it exists.
        var again = await client.SendAsync(Login("town12", DemoSeeder.DefaultPassword, "10.30.0.1"));
        var wrong = await client.SendAsync(Login("town13", "wrong", "10.30.0.2"));
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        Assert.Equal(await wrong.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task IdleSessionEndsOnTheServerAndAskingIsNotActivity()
    {
        await using var db = app.SystemContext();
        var userId = (await db.Users.SingleAsync(u => u.UserName == "town14")).Id;
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
        var store = new ServerSessionStore(app.Services.GetRequiredService<DbContextOptions<CongressDbContext>>(), clock,
            new SecurityOptions { IdleTimeoutMinutes = 1 }, NullLogger<ServerSessionStore>.Instance);

        var worked = await store.StartAsync(userId, "-");
        var idle = await store.StartAsync(userId, "-");
        clock.Advance(TimeSpan.FromSeconds(40));
        Assert.True(await store.TouchAsync(worked));
        Assert.True(await store.IsAliveAsync(idle));
        clock.Advance(TimeSpan.FromSeconds(40));
        Assert.True(await store.TouchAsync(worked)); // 40 s since its last activity
        Assert.False(await store.IsAliveAsync(idle)); // 80 s without activity: asking did not count
        clock.Advance(TimeSpan.FromSeconds(90));
        Assert.False(await store.TouchAsync(worked));

        var rows = await db.ServerSessions.AsNoTracking().Where(s => s.Id == worked || s.Id == idle).ToListAsync();
        Assert.All(rows, r => Assert.Equal(ServerSessionEnd.Idle, r.EndReason));
    }

    [Fact]
    public async Task ApiDownloadOpenedByTheBrowserGoesToTheLoginPageFetchGets401()
    {
        var client = Raw(app);
        var navigation = new HttpRequestMessage(HttpMethod.Get, "/api/v1/deputies?format=xlsx");
        navigation.Headers.Add("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        var redirected = await client.SendAsync(navigation);
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.StartsWith("/login?ReturnUrl=%2Fapi%2Fv1%2Fdeputies", redirected.Headers.Location!.PathAndQuery);

        var fetch = new HttpRequestMessage(HttpMethod.Get, "/api/v1/deputies");
        fetch.Headers.Add("Accept", "application/json");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(fetch)).StatusCode);
    }

    [Fact]
    public async Task CookieIsSecureWhenTheProxySaysHttps()
    {
        var client = Raw(app);
        var plain = await client.SendAsync(Login("town15", DemoSeeder.DefaultPassword));
        var viaHttps = Login("town15", DemoSeeder.DefaultPassword);
        viaHttps.Headers.Add("X-Forwarded-Proto", "https");
        var secure = await client.SendAsync(viaHttps);

        Assert.DoesNotContain("secure", CookieLine(plain), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", CookieLine(secure), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", CookieLine(secure), StringComparison.OrdinalIgnoreCase);

        static string CookieLine(HttpResponseMessage r) => r.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("congress.auth=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/roster\r\nSet-Cookie: x=1")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/ roster")]
    public async Task FormLoginWithAnOddReturnUrlGoesHome(string returnUrl)
    {
        var ok = await FormLoginAsync(app, "chair01", DemoSeeder.DefaultPassword, returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal("/", ok.Headers.Location!.OriginalString);

        var failed = await FormLoginAsync(app, "chair01", "wrong", returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, failed.StatusCode);
        Assert.Equal("/login?error=Failed&returnUrl=%2F", failed.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task FormLoginKeepsALocalReturnUrl()
    {
        var ok = await FormLoginAsync(app, "chair02", DemoSeeder.DefaultPassword, "/roster?page=2");
        Assert.Equal("/roster?page=2", ok.Headers.Location!.OriginalString);
    }

    [Fact]
    public void OpenPagesUseTheRevalidatingSessionProvider()
    {
        using var scope = app.Services.CreateScope();
        Assert.IsType<SessionAuthenticationStateProvider>(scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>());
    }
}

internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;
    public void Advance(TimeSpan by) => _now += by;
    public override DateTimeOffset GetUtcNow() => _now;
}
