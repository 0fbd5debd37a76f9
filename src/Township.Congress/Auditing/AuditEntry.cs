namespace Township.Congress.Auditing;

/// <summary>
/// Who changed what, when: written in the same transaction as the change it records.
/// Not an <c>EditableEntity</c>: the audit is append-only.
/// </summary>
public class AuditEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTime AtUtc { get; set; }
    public Guid? UserId { get; set; }
    public string UserName { get; set; } = "";
    public Guid? TownshipId { get; set; }
    public AuditAction Action { get; set; }
    public string EntityType { get; set; } = "";
    public string EntityKey { get; set; } = "";

    /// <summary>JSON: { "Field": { "old": ..., "new": ... } } for the fields that changed.</summary>
    public string Changes { get; set; } = "";

    /// <summary>
    /// The row's place in the audit chain (<see cref="AuditChain"/>): null until the sealing step,
    /// which runs after commit, numbers it and links it to the row before by hash.
    /// </summary>
    public long? Seq { get; set; }

    /// <summary>SHA-256 (hex) of the row before in the chain, or of the anchor after retention.</summary>
    public string? PrevHash { get; set; }

    /// <summary>SHA-256 (hex) over this row's fields and <see cref="PrevHash"/>.</summary>
    public string? Hash { get; set; }
}
