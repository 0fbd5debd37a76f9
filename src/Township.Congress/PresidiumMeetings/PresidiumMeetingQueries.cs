using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Formatting;

namespace Township.Congress.PresidiumMeetings;

/// <summary>One row of the presidium-meeting list, with its follow-up actions still open.</summary>
public sealed record PresidiumMeetingListItem(Guid Id, Guid TownshipId, int NumberInYear, DateOnly Date, string Place, int OpenActions);

/// <summary>Presidium-meeting reads; scoping comes from the context's filters.</summary>
public static class PresidiumMeetingQueries
{
    /// <summary>The meetings of a township (all years), each with its open actions counted in the same query.</summary>
    public static async Task<IReadOnlyList<PresidiumMeetingListItem>> ListMeetingsAsync(this CongressDbContext db, Guid townshipId, CancellationToken ct = default) =>
        await db.PresidiumMeetings.AsNoTracking().Where(m => m.TownshipId == townshipId).OrderBy(m => m.Date)
            .Select(m => new PresidiumMeetingListItem(m.Id, m.TownshipId, m.NumberInYear, m.Date, m.Place,
                m.Actions.Count(a => a.Status == ActionStatus.Open)))
            .ToListAsync(ct);

    /// <summary>Meetings with their actions, in date order: of one township when given, of one year when given.</summary>
    public static async Task<List<PresidiumMeeting>> MeetingsWithActionsAsync(this CongressDbContext db, Guid? townshipId, int? year, CancellationToken ct = default)
    {
        var query = db.PresidiumMeetings.AsNoTracking().Include(m => m.Actions).AsQueryable();
        if (townshipId is { } t) query = query.Where(m => m.TownshipId == t);
        if (year is { } y) query = query.Where(m => m.Date >= new DateOnly(y, 1, 1) && m.Date <= new DateOnly(y, 12, 31));
        return await query.OrderBy(m => m.Date).ToListAsync(ct);
    }
}

public static class PresidiumMeetingNames
{
    /// <summary>城关镇人大主席团2026年第一次会议 (without the township when not given).</summary>
    public static string Of(string? township, DateOnly date, int numberInYear) =>
        $"{township}人大主席团{date.Year}年{ChineseNumerals.SessionOrdinal(numberInYear)}会议"; // Chinese by design: the meeting's official name

    public static string Of(string? township, PresidiumMeeting m) => Of(township, m.Date, m.NumberInYear);
}
