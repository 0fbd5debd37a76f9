using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Activities;
using Township.Congress.Data;

namespace Township.Congress.Web.Tests.Http;

/// <summary>An activity per township for the sweeps to aim at (the sweeps' targets are found before their probes run).</summary>
internal static class ActivitySweepTargets
{
    private static readonly ConcurrentDictionary<Guid, (Guid Id, long Version)> Activities = new();

    public static Guid Of(Guid township) => Activities.TryGetValue(township, out var a) ? a.Id : Guid.NewGuid();

    public static long VersionOf(Guid township) => Activities.TryGetValue(township, out var a) ? a.Version : 0;

    public static async Task EnsureAsync(CongressDbContext db, Guid township)
    {
        var found = await db.Activities.Where(a => a.TownshipId == township).OrderBy(a => a.Id).Select(a => new { a.Id, a.Version }).FirstOrDefaultAsync();
        if (found is null)
        {
            var activity = new Activity
            {
                TownshipId = township, Kind = ActivityKind.Inspection, Organiser = ActivityOrganiser.Presidium, Subject = "视察农村道路建设",
                StartsOn = new DateOnly(2026, 5, 12), EndsOn = new DateOnly(2026, 5, 12), Status = ActivityStatus.Held, Places = "新民村",
            };
            db.Add(activity);
            await db.SaveChangesAsync();
            found = new { activity.Id, activity.Version };
        }
        Activities[township] = (found.Id, found.Version);
    }
}
