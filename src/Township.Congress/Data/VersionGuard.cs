using Township.Congress.Model;

namespace Township.Congress.Data;

public static class VersionGuard
{
    /// <summary>
    /// Declares that the caller edited <paramref name="entity"/> as of <paramref name="version"/>.
    /// The save then fails with a conflict if the stored version moved on, and bumps it, even
    /// when only the record's children (checklist items, members) changed.
    /// </summary>
    public static void EditingVersion<T>(this CongressDbContext db, T entity, long version) where T : EditableEntity
    {
        var entry = db.Entry(entity);
        entry.Property(e => e.Version).OriginalValue = version;
        entry.Property(e => e.Version).IsModified = true;
    }
}
