using Microsoft.EntityFrameworkCore;
using Township.Congress.Formatting;
using Township.Congress.Sessions;

namespace Township.Congress.BrowserTests;

/// <summary>
/// Sessions of town01 (城关镇) made through the model, so that a page test starts where its rule applies
/// (the roll call and the session day by page are SessionDayTests').
/// </summary>
public static class SessionSetup
{
    public static DateOnly Today => ChineseDate.TodayInChina(TimeProvider.System);

    /// <summary>
    /// A planned two-day session of township 1 from <paramref name="start"/> (today when null), its roll prepared and every
    /// deputy on it marked present except the first <paramref name="leaveUnmarked"/> (in id order); <paramref name="prepare"/>
    /// runs before it is returned (agenda items, say).
    /// </summary>
    public static async Task<Guid> PlannedAsync(BrowserFixture fixture, DateOnly? start = null, int leaveUnmarked = 0,
        Func<SessionService, Guid, Task>? prepare = null)
    {
        await using var db = fixture.SystemDb();
        var township = await db.Townships.SingleAsync(t => t.Number == 1);
        var service = new SessionService(db);
        var day = start ?? Today;
        var session = await service.CreateAsync(township.Id, new SessionInput
        {
            PlannedStart = day, PlannedEnd = day.AddDays(1), Venue = "城关镇人民政府三楼会议室",
        });
        await service.PrepareRollAsync(session.Id);
        var roll = await db.Set<SessionAttendance>().AsNoTracking().Where(a => a.SessionId == session.Id).OrderBy(a => a.DeputyId)
            .Select(a => a.DeputyId).ToListAsync();
        foreach (var deputy in roll.Skip(leaveUnmarked)) await service.MarkAsync(session.Id, deputy, AttendanceStatus.Present);
        if (prepare is not null) await prepare(service, session.Id);
        return session.Id;
    }

    /// <summary>A session of today opened with every deputy present; <paramref name="record"/> runs while it is open; closed when asked.</summary>
    public static async Task<Guid> HeldAsync(BrowserFixture fixture, Func<SessionService, Guid, Task>? prepare = null,
        Func<SessionService, Guid, Task>? record = null, bool close = false)
    {
        var id = await PlannedAsync(fixture, prepare: prepare);
        await using var db = fixture.SystemDb();
        var service = new SessionService(db);
        await service.OpenAsync(id, await VersionAsync(db, id), new OpenSessionInput());
        if (record is not null) await record(service, id);
        if (close) await service.CloseAsync(id, await VersionAsync(db, id));
        return id;
    }

    /// <summary>How many deputies are on the session's roll (all present in <see cref="HeldAsync"/>).</summary>
    public static async Task<int> RollCountAsync(BrowserFixture fixture, Guid sessionId)
    {
        await using var db = fixture.SystemDb();
        return await db.Set<SessionAttendance>().CountAsync(a => a.SessionId == sessionId);
    }

    private static async Task<long> VersionAsync(Data.CongressDbContext db, Guid id)
    {
        db.ChangeTracker.Clear();
        return await db.Sessions.AsNoTracking().Where(s => s.Id == id).Select(s => s.Version).SingleAsync();
    }
}
