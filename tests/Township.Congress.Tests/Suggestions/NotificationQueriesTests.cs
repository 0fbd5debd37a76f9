using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Security;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.Tests.Suggestions;

namespace Township.Congress.Tests.Suggestions;

/// <summary>The notification centre reads and marks only the signed-in user's own notices, administrators included.</summary>
public class NotificationQueriesTests
{
    [Fact]
    public async Task EachUserCountsReadsAndMarksOnlyTheirOwnNotices()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var w = await SuggestionWorld.CreateAsync(database, new DateOnly(2026, 3, 2));
        var item = await w.CreateAsync();
        await w.AssignAsync(item.Id, w.Water); // tells unit01 (lead) and unit02 (co-unit)
        await w.StepAsync(w.RoadsUnit, item.Id, new TransitionInput { Action = SuggestionAction.Answer, AnswerClass = AnswerClass.B, Text = "已列入计划。" }); // tells town01

        await using (var db = w.Context(w.RoadsUnit))
        {
            Assert.Equal(1, await NotificationQueries.UnreadCountAsync(db));
            var latest = Assert.Single(await NotificationQueries.LatestAsync(db));
            Assert.Equal((item.Id, NotificationKind.Assigned, false), (latest.SuggestionId, latest.Kind, latest.IsRead));
            Assert.Contains("已交办你单位主办", latest.Text);
            await NotificationQueries.MarkReadAsync(db, latest.Id);
            Assert.Equal(0, await NotificationQueries.UnreadCountAsync(db));
        }
        await using (var db = w.Context(w.WaterUnit))
        {
            Assert.Equal(1, await NotificationQueries.UnreadCountAsync(db)); // unit01 reading its own left unit02's alone
            Assert.Equal(1, await NotificationQueries.MarkAllReadAsync(db));
            Assert.True(Assert.Single(await NotificationQueries.LatestAsync(db)).IsRead);
        }
        // An administrator sees every row through the filters, but the bell counts only their own.
        await using (var db = w.Context(TownshipScope.Administrator("admin", Guid.NewGuid())))
        {
            Assert.True(await db.Notifications.CountAsync() >= 3);
            Assert.Equal(0, await NotificationQueries.UnreadCountAsync(db));
            Assert.Empty(await NotificationQueries.LatestAsync(db));
            Assert.Equal(0, await NotificationQueries.MarkAllReadAsync(db));
        }
        await using (var db = w.Context(w.Secretary))
        {
            Assert.Equal(1, await NotificationQueries.UnreadCountAsync(db));
            Assert.Equal(NotificationKind.Answered, Assert.Single(await NotificationQueries.LatestAsync(db)).Kind);
        }
    }

    [Fact]
    public async Task AContextWithoutAUserHasNoNoticesAndCannotMarkAnother()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var w = await SuggestionWorld.CreateAsync(database, new DateOnly(2026, 3, 2));
        var item = await w.CreateAsync();
        await w.AssignAsync(item.Id);
        Guid roadsNotice;
        await using (var db = w.Context(w.RoadsUnit)) roadsNotice = Assert.Single(await NotificationQueries.LatestAsync(db)).Id;

        await using (var db = database.System())
        {
            Assert.Equal(0, await NotificationQueries.UnreadCountAsync(db));
            Assert.Empty(await NotificationQueries.LatestAsync(db));
            Assert.False(await NotificationQueries.MarkReadAsync(db, roadsNotice));
        }
        await using (var db = w.Context(w.Secretary)) Assert.False(await NotificationQueries.MarkReadAsync(db, roadsNotice));
        await using (var db = w.Context(w.RoadsUnit))
        {
            Assert.True(await NotificationQueries.MarkReadAsync(db, roadsNotice));
            Assert.True(await NotificationQueries.MarkReadAsync(db, roadsNotice)); // read again: still theirs, nothing changes
            Assert.Equal(0, await NotificationQueries.UnreadCountAsync(db));
        }
    }
}
