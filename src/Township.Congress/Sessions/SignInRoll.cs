using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;

namespace Township.Congress.Sessions;

/// <summary>Who signs in at a session, and the sittings (days or half days) they sign for.</summary>
public static class SignInRoll
{
    /// <summary>
    /// The roll when it has been prepared; before that (a planned session) the deputies in office on the
    /// session's date, as <see cref="SessionService.PrepareRollAsync"/> would put them on it, in the same
    /// order (group by group, then by name): the sheet is printed before the roll call, not after.
    /// </summary>
    public static async Task<IReadOnlyList<RollEntry>> SignInEntriesAsync(this CongressDbContext db, SessionDetails session, CancellationToken ct = default)
    {
        if (session.Roll.Count > 0) return session.Roll;
        var day = session.ActualStart ?? session.PlannedStart;
        var deputies = await db.Deputies.AsNoTracking()
            .Where(d => d.TownshipId == session.TownshipId && (d.Levels & DeputyLevels.Township) != 0)
            .Include(d => d.StatusHistory).Include(d => d.Group).ToListAsync(ct);
        return deputies.Where(d => TermOfOffice.InOfficeOn(d, d.StatusHistory, day))
            .OrderBy(d => d.Group?.SortOrder ?? int.MaxValue).ThenBy(d => d.NameInitials, StringComparer.Ordinal)
            .Select(d => new RollEntry(d.Id, d.Name, d.Group?.Name, AttendanceStatus.Unmarked, ""))
            .ToList();
    }

    /// <summary>"3月8日", "3月9日"; or "3月8日上午", "3月8日下午", … when the session sits in half days.</summary>
    public static IReadOnlyList<string> Sittings(DateOnly start, DateOnly end, bool halfDays)
    {
        var days = Enumerable.Range(0, Math.Max(1, end.DayNumber - start.DayNumber + 1)).Select(start.AddDays)
            .Select(d => $"{d.Month}月{d.Day}日"); // Chinese by design: the sign-in sheet's printed sittings
        return halfDays ? days.SelectMany(d => new[] { d + "上午", d + "下午" }).ToList() : days.ToList(); // Chinese by design: the sign-in sheet's printed sittings
    }
}
