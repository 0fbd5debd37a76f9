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
    /// <summary>Someone who may only read a record tried to change it (a chair, county staff): refused with 403.</summary>
    WriteRefused,
}
