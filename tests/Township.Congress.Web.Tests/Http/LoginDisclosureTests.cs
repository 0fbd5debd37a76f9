using Township.Congress.Demo;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Web.Infrastructure;
using Xunit.Abstractions;
using static Township.Congress.Web.Tests.Http.SignInClient;

namespace Township.Congress.Web.Tests.Http;

/// <summary>A login attempt tells nothing about which user names exist, and nobody can lock anybody else out.</summary>
public class LoginDisclosureTests(CongressAppFactory app, ITestOutputHelper output) : IClassFixture<CongressAppFactory>
{
    [Fact]
    public async Task UnknownAndKnownUserNamesCostTheSameAndGetTheSameAnswer()
    {
        var client = Raw(app);
        var address = 0;
        async Task<(double Ms, HttpResponseMessage Response)> Attempt(string userName)
        {
            // A fresh address each time: neither the address limit nor the lockout may shortcut the work.
            var request = Login(userName, "Wrong@2026", $"10.50.{address / 200}.{address++ % 200 + 1}");
            var watch = Stopwatch.StartNew();
            var response = await client.SendAsync(request);
            return (watch.Elapsed.TotalMilliseconds, response);
        }
        for (var i = 0; i < 3; i++) { await Attempt("town07"); await Attempt("nobody-here"); } // warm-up

        var known = new List<double>();
        var unknown = new List<double>();
        HttpResponseMessage? knownAnswer = null, unknownAnswer = null;
        for (var i = 0; i < 50; i++)
        {
            (var ms, knownAnswer) = await Attempt("town07");
            known.Add(ms);
            (ms, unknownAnswer) = await Attempt($"nobody{i:00}");
            unknown.Add(ms);
        }
        double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
        var (k, u) = (Median(known), Median(unknown));
        output.WriteLine($"median wrong password {k:0.0} ms, unknown user {u:0.0} ms");
        Assert.True(Math.Abs(k - u) <= 0.2 * Math.Max(k, u), $"known {k:0.0} ms vs unknown {u:0.0} ms");

        await AssertSameAnswerAsync(knownAnswer!, unknownAnswer!);
    }

    [Fact]
    public async Task FiveFailuresLockThatAddressOutForThatNameOnly()
    {
        var client = Raw(app);
        HttpResponseMessage? fifthKnown = null, fifthUnknown = null;
        for (var i = 0; i < 5; i++)
        {
            fifthKnown = await client.SendAsync(Login("admin", "wrong", "10.60.0.1"));
            fifthUnknown = await client.SendAsync(Login("ghost-user", "wrong", "10.60.0.2"));
        }
        // Unknown names are "locked" exactly like known ones.
        Assert.Contains("锁定", (await fifthKnown!.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        await AssertSameAnswerAsync(fifthKnown, fifthUnknown!);

        var attacker = await client.SendAsync(Login("admin", DemoSeeder.DefaultPassword, "10.60.0.1"));
        Assert.Equal(HttpStatusCode.Unauthorized, attacker.StatusCode);
        // The administrator, from another address, signs in as usual.
        var owner = await client.SendAsync(Login("admin", DemoSeeder.DefaultPassword, "10.60.0.9"));
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
    }

    [Fact]
    public async Task OneAddressMayTryOnlySoOftenPerMinute()
    {
        using var limited = app.WithWebHostBuilder(b => b.UseSetting("Security:LoginAttemptsPerAddressPerMinute", "3"));
        var client = limited.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Login($"u{i}", "wrong", "10.70.0.1"))).StatusCode);
        var fourth = await client.SendAsync(Login("u4", "wrong", "10.70.0.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Contains("频繁", (await fourth.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Login("u5", "wrong", "10.70.0.2"))).StatusCode);
    }

    [Fact]
    public async Task TenMillionCharacterUserNameIsA400BeforeAnyWork()
    {
        // Built from a marker, so its traces in the (shared) log folder are this test's own.
        var marker = Guid.NewGuid().ToString("N")[..10];
        var huge = string.Concat(Enumerable.Repeat(marker, 1_000_000));
        var watch = Stopwatch.StartNew();
        var response = await Raw(app).SendAsync(Login(huge, "x", "10.80.0.1"));
        output.WriteLine($"10M user name: {(int)response.StatusCode} in {watch.ElapsedMilliseconds} ms");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("64", body.GetProperty("errors").GetProperty("userName")[0].GetString());
        // No timing assertion (speed belongs in benchmarks): "before any work" is shown by the small
        // answer below and by no audit row or log line carrying the name.
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length < 2_000);

        await using var db = app.SystemContext();
        Assert.False(await db.AuditEntries.AnyAsync(a => a.UserName.Length > LoginService.MaxUserNameLength));
        Assert.DoesNotContain(LogLines(), l => l.Contains(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UserNameWithCrLfCannotForgeALogLine()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var forged = $"x{marker}\r\n[INF] Login Succeeded for admin {marker}";
        await Raw(app).SendAsync(Login(forged, "wrong", "10.90.0.1"));

        var lines = LogLines().Where(l => l.Contains(marker, StringComparison.Ordinal)).ToList();
        var line = Assert.Single(lines);
        Assert.Contains(@"\u000d\u000a[INF] Login Succeeded", line);
        Assert.DoesNotContain(LogLines(), l => l.StartsWith("[INF] Login Succeeded", StringComparison.Ordinal));
    }

    [Fact]
    public void SanitiserEscapesLineBreaksAndCutsLongValues()
    {
        Assert.Equal(@"a\u000d\u000ab\u0009c\u2028", LogText.Clean("a\r\nb\tc\u2028"));
        Assert.Equal("plain 用户", LogText.Clean("plain 用户"));
        var cut = LogText.Clean(new string('x', 1000), 64);
        Assert.StartsWith(new string('x', 64) + "…(+936)", cut);
        Assert.True(cut.Length < 80);
    }

    private static async Task AssertSameAnswerAsync(HttpResponseMessage a, HttpResponseMessage b)
    {
        Assert.Equal(a.StatusCode, b.StatusCode);
        Assert.Equal(await a.Content.ReadAsByteArrayAsync(), await b.Content.ReadAsByteArrayAsync());
        static string Headers(HttpResponseMessage r) => string.Join("\n",
            r.Headers.Concat(r.Content.Headers).Where(h => h.Key != "Date").OrderBy(h => h.Key)
                .Select(h => $"{h.Key}: {Nonceless(string.Join(",", h.Value))}"));
        // The CSP nonce is fresh on every response by design; everything else must be identical.
        static string Nonceless(string value) => System.Text.RegularExpressions.Regex.Replace(value, "'nonce-[^']*'", "'nonce'");
        Assert.Equal(Headers(a), Headers(b));
    }

    private static IEnumerable<string> LogLines()
    {
        var folder = Path.Combine(Path.GetTempPath(), "congress-test-logs");
        foreach (var file in Directory.GetFiles(folder, "congress-*.log").Where(f => File.GetLastWriteTimeUtc(f) > DateTime.UtcNow.AddHours(-1)))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line) yield return line;
        }
    }
}
