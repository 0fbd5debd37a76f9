using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Activities;
using Township.Congress.Data;

namespace Township.Congress.Web.Tests.Http;

/// <summary>An activity per township for the sweeps to aim at (the sweeps' targets are found before their probes run).</summary>
internal static class ActivitySweepTargets
{
    private static readonly ConcurrentDictionary<Guid, (Guid Id, long Version)> Activities = new();
    private static readonly ConcurrentDictionary<Guid, Guid> Files = new();

    /// <summary>A photo of the township's activity, for the file routes.</summary>
    public static Guid FileOf(Guid township) => Files.TryGetValue(township, out var f) ? f : Guid.NewGuid();

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
        var file = await db.Set<ActivityFile>().Where(f => f.ActivityId == found.Id).OrderBy(f => f.Id).Select(f => (Guid?)f.Id).FirstOrDefaultAsync();
        if (file is null)
        {
            var photo = new ActivityFile
            {
                TownshipId = township, ActivityId = found.Id, FileName = "现场照片.png", ContentType = "image/png", SizeBytes = 8,
                UploadedAtUtc = DateTime.UtcNow, UploadedBy = "sweep", Content = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
            };
            db.Add(photo);
            await db.SaveChangesAsync();
            file = photo.Id;
        }
        Files[township] = file.Value;
    }
}
