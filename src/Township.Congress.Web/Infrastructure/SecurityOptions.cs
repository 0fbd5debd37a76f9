using Microsoft.AspNetCore.Identity;

namespace Township.Congress.Web.Infrastructure;

/// <summary>Bound from the <c>Security</c> configuration section.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Signed-in sessions end after this many idle minutes.</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;
    public PasswordOptions Password { get; set; } = new();
}
