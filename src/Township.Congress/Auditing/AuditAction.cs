namespace Township.Congress.Auditing;

public enum AuditAction
{
    Insert,
    Update,
    Delete,
    LoginSucceeded,
    LoginFailed,
    LockedOut,
    Logout,
    /// <summary>Someone asked for a record outside their township; they were told it does not exist.</summary>
    AccessDenied,
}
