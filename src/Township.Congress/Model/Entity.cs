namespace Township.Congress.Model;

/// <summary>
/// Base of every stored record. Ids are Guid version 7: time-ordered, so inserts stay
/// index-friendly, and globally unique, so one county's data can be merged into a larger store.
/// </summary>
public abstract class Entity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
}

/// <summary>
/// A record people edit. <see cref="Version"/> is the optimistic-concurrency token: the
/// context increments it on every update and refuses a save whose version is stale.
/// </summary>
public abstract class EditableEntity : Entity
{
    public long Version { get; set; }
}

/// <summary>A record that belongs to one township; scoping and the audit key on it.</summary>
public interface ITownshipOwned
{
    Guid TownshipId { get; }
}
