namespace Township.Congress.Security;

/// <summary>
/// A read or write of another township's record. Callers answer it exactly like a missing
/// record (404), so nobody learns that the record exists; the attempt is logged.
/// </summary>
public sealed class TownshipAccessDeniedException(string entityType, string key, Guid? townshipId = null)
    : Exception($"{entityType} {key} is outside the user's townships.")
{
    /// <summary>The township the record belongs to, when known.</summary>
    public Guid? TownshipId { get; } = townshipId;

    public string EntityType { get; } = entityType;
    public string Key { get; } = key;
}
