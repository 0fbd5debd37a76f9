using Microsoft.EntityFrameworkCore;
using Township.Congress.Model;
using Township.Congress.Security;

namespace Township.Congress.Data;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

public static class ScopedLookup
{
    /// <summary>
    /// Finds a record the user may see. A record of another township throws
    /// <see cref="TownshipAccessDeniedException"/> (answered like a missing one, but logged);
    /// a record that does not exist throws <see cref="KeyNotFoundException"/>.
    /// </summary>
    public static async Task<T> FindVisibleAsync<T>(this CongressDbContext db, Guid id, CancellationToken ct = default)
        where T : Entity
    {
        var found = await db.Set<T>().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (found is not null) return found;
        if (await db.Set<T>().IgnoreQueryFilters().AnyAsync(x => x.Id == id, ct))
            throw new TownshipAccessDeniedException(typeof(T).Name, id.ToString());
        throw new KeyNotFoundException($"{typeof(T).Name} {id}");
    }

    /// <summary>The township itself, under the same rule.</summary>
    public static async Task<Township> FindTownshipAsync(this CongressDbContext db, Guid id, CancellationToken ct = default)
    {
        var found = await db.Townships.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (found is not null) return found;
        if (await db.Townships.IgnoreQueryFilters().AnyAsync(x => x.Id == id, ct))
            throw new TownshipAccessDeniedException(nameof(Township), id.ToString(), id);
        throw new KeyNotFoundException($"Township {id}");
    }
}
