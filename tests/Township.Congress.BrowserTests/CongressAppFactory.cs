using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Township.Congress.BrowserTests;

/// <summary>
/// The real app on a real Kestrel port: a temp SQLite file with the demo county, environment
/// Development (unpublished build output serves static assets only there).
/// </summary>
public sealed class CongressAppFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <param name="settings">Extra configuration (e.g. <c>Security:IdleTimeoutMinutes</c>) for one test's own host.</param>
    public CongressAppFactory(string workDirectory, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        WorkDirectory = workDirectory;
        DatabasePath = Path.Combine(workDirectory, "congress.db");
        UseKestrel(0);
    }

    public string WorkDirectory { get; }
    public string DatabasePath { get; }

    /// <summary>The root address the server listens on, without a trailing slash.</summary>
    public string BaseUrl
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            var address = addresses?.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel reported no address.");
            // Kestrel may report a wildcard host; the browser needs a concrete one.
            return address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1").Replace("+", "127.0.0.1").TrimEnd('/');
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Congress", $"Data Source={DatabasePath}");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Logging:Directory", Path.Combine(WorkDirectory, "logs"));
        // One address (loopback) runs every browser test's sign-in: lift the per-address limit.
        builder.UseSetting("Security:LoginAttemptsPerAddressPerMinute", "1000");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }
}
