using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Security;

namespace Township.Congress.Web.Infrastructure;

/// <summary>
/// For pages that take a record id in their URL: finds the record if the user may see it, and
/// otherwise answers null — the page shows "not found" — logging and auditing an attempt on
/// another township's record, as the API does.
/// </summary>
public sealed class PageLookup(AccessLog accessLog)
{
    public async Task<T?> FindAsync<T>(CongressDbContext db, Guid id, string page, CancellationToken ct = default) where T : Entity
    {
        try
        {
            return await db.FindVisibleAsync<T>(id, ct);
        }
        catch (TownshipAccessDeniedException denied)
        {
            await accessLog.DeniedAsync(db.Scope, denied.EntityType, denied.Key, page, ct);
            return null;
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }
}
