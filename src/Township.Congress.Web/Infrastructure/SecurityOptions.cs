using Microsoft.AspNetCore.Identity;

namespace Township.Congress.Web.Infrastructure;

/// <summary>Bound from the <c>Security</c> configuration section (see README, "Configuration").</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Signed-in sessions end after this many idle minutes (enforced on the server session).</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>How often an open page asks whether its session still holds (at most a quarter of the idle time).</summary>
    public int RevalidationSeconds { get; set; } = 30;

    /// <summary>Login attempts one client address may make per minute (both login endpoints); more answer 429.</summary>
    public int LoginAttemptsPerAddressPerMinute { get; set; } = 30;

    /// <summary>
    /// Reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed (IP addresses).
    /// Loopback is always believed; a proxy in another container or host must be listed here.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of such proxies, CIDR notation (e.g. <c>172.18.0.0/16</c>).</summary>
    public string[] KnownNetworks { get; set; } = [];

    public PasswordOptions Password { get; set; } = new();

    public TimeSpan IdleTimeout => TimeSpan.FromMinutes(Math.Max(1, IdleTimeoutMinutes));

    public TimeSpan RevalidationInterval =>
        TimeSpan.FromSeconds(Math.Clamp(RevalidationSeconds, 1, Math.Max(1, (int)IdleTimeout.TotalSeconds / 4)));

    /// <summary>Last-seen is written at most this often: a quarter of the idle time, at most a minute.</summary>
    public TimeSpan TouchInterval => TimeSpan.FromSeconds(Math.Min(60, IdleTimeout.TotalSeconds / 4));
}
