using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;

namespace Township.Congress.Suggestions;

public static class SuggestionActors
{
    /// <summary>Who the context's user is for <paramref name="item"/>: its current lead or co-unit, its township's secretary, or a viewer.</summary>
    public static async Task<SuggestionActor> ActorOnAsync(this CongressDbContext db, Suggestion item, CancellationToken ct = default)
    {
        if (db.Scope.HandlingUnitId is { } unit)
        {
            var mine = await db.SuggestionAssignments
                .Where(a => a.SuggestionId == item.Id && a.UnitId == unit && a.EndedOn == null)
                .Select(a => (bool?)a.IsLead).FirstOrDefaultAsync(ct);
            return mine switch { true => SuggestionActor.LeadUnit, false => SuggestionActor.CoUnit, _ => SuggestionActor.Viewer };
        }
        if (db.Scope.CanWrite(item.TownshipId)) return SuggestionActor.Secretary;
        // A county login over its own townships only: the scope reads them, and the item's township is of its county.
        if (db.Scope.CountyId is { } county && db.Scope.CanRead(item.TownshipId)
            && await db.Townships.IgnoreQueryFilters().AnyAsync(t => t.Id == item.TownshipId && t.CountyId == county, ct))
            return SuggestionActor.County;
        return SuggestionActor.Viewer;
    }
}
