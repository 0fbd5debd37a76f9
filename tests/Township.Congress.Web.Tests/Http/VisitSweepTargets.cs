using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.VoterContact;

namespace Township.Congress.Web.Tests.Http;

/// <summary>A visitor's line for both sweeps to aim at: the reception day's first, made when the day has none.</summary>
internal static class VisitSweepTargets
{
    public static async Task<Guid> OnAsync(CongressDbContext db, Guid township, Guid reception)
    {
        var visit = await db.Set<ReceptionVisit>().Where(v => v.ReceptionDayId == reception).OrderBy(v => v.Id).Select(v => (Guid?)v.Id).FirstOrDefaultAsync();
        if (visit is { } found) return found;
        var line = new ReceptionVisit { TownshipId = township, ReceptionDayId = reception, Matter = "村口路灯不亮", Disposition = ReceptionDisposition.AnsweredOnSpot };
        db.Add(line);
        await db.SaveChangesAsync();
        return line.Id;
    }
}
