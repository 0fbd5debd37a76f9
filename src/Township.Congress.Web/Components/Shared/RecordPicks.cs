using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Formatting;

namespace Township.Congress.Web.Components.Shared;

/// <summary>A township's records as pickers list them, for linking one record to another.</summary>
public static class RecordPicks
{
    /// <summary>Activities started in the years given ("2026年5月12日 视察农村道路"), newest first.</summary>
    public static async Task<List<(Guid Id, string Label)>> ActivitiesAsync(CongressDbContext db, Guid townshipId, int fromYear, int toYear) =>
        (await db.Activities.AsNoTracking().Where(a => a.TownshipId == townshipId && a.StartsOn.Year >= fromYear && a.StartsOn.Year <= toYear)
            .OrderByDescending(a => a.StartsOn).Select(a => new { a.Id, a.StartsOn, a.Subject }).ToListAsync())
        .Select(a => (a.Id, $"{ChineseDate.Format(a.StartsOn)} {a.Subject}")).ToList();

    /// <summary>The deputies in office, by name.</summary>
    public static async Task<List<(Guid Id, string Name)>> DeputiesInOfficeAsync(CongressDbContext db, Guid townshipId) =>
        (await db.Deputies.AsNoTracking().Where(d => d.TownshipId == townshipId && d.Status == DeputyStatus.InOffice)
            .OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync()).Select(d => (d.Id, d.Name)).ToList();
}
