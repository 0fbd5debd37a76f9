namespace Township.Congress.Security;

/// <summary>
/// One sign-in, kept on the server: the cookie carries only its id (claim
/// <see cref="CongressClaims.SessionId"/>), so signing out, a password change, a disabled
/// account or idleness ends the session for every request and open page that uses it,
/// whatever the cookie itself still says. Not an audited record: the audit has the sign-ins.
/// </summary>
public class ServerSession
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public DateTime StartedUtc { get; set; }

    /// <summary>Last request or page action; written at most every few minutes (see the session store).</summary>
    public DateTime LastSeenUtc { get; set; }

    public DateTime? EndedUtc { get; set; }

    /// <summary>Why it ended: one of <see cref="ServerSessionEnd"/>.</summary>
    public string? EndReason { get; set; }

    /// <summary>The client address at sign-in, for the administrator; never used to decide access.</summary>
    public string ClientAddress { get; set; } = "";
}

/// <summary>Reasons a <see cref="ServerSession"/> ended.</summary>
public static class ServerSessionEnd
{
    public const string SignedOut = "SignedOut";
    public const string Idle = "Idle";
    public const string PasswordChanged = "PasswordChanged";
    public const string Disabled = "Disabled";
    public const string LockedOut = "LockedOut";
}
