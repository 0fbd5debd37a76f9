using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Security;

namespace Township.Congress.Web.Infrastructure;

/// <summary>
/// Which townships belong to which county, cached for the life of the process so a county
/// user's scope costs no query per request. Call <see cref="Invalidate"/> when townships change.
/// </summary>
public sealed class CountyDirectory(DbContextOptions<CongressDbContext> options)
{
    private readonly ConcurrentDictionary<Guid, IReadOnlyList<Guid>> _cache = new();

    public IReadOnlyList<Guid> TownshipsOf(Guid countyId) => _cache.GetOrAdd(countyId, id =>
    {
        using var db = new CongressDbContext(options, TownshipScope.System("county-directory"));
        return ScopeResolver.TownshipsOfCounty(db, id);
    });

    public void Invalidate() => _cache.Clear();
}
