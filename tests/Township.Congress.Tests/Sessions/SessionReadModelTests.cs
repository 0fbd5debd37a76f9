using Township.Congress.Data;
using Township.Congress.PresidiumMeetings;
using Township.Congress.Sessions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Sessions;

/// <summary>The one home of session dates, meeting names and the meeting list.</summary>
public class SessionReadModelTests
{
    [Theory]
    [InlineData("2026-03-08", "2026-03-08", "2026年3月8日", 1)]
    [InlineData("2026-03-08", "2026-03-09", "2026年3月8日至9日", 2)]
    [InlineData("2026-03-30", "2026-04-01", "2026年3月30日至4月1日", 3)]
    [InlineData("2025-12-31", "2026-01-01", "2025年12月31日至2026年1月1日", 2)]
    public void SessionDatesAreWrittenOneWay(string start, string end, string expected, int length)
    {
        var (s, e) = (DateOnly.Parse(start), DateOnly.Parse(end));
        Assert.Equal(expected, SessionDates.Range(s, e));
        Assert.Equal(length, SessionDates.Length(s, e));
    }

    [Fact]
    public void MeetingNamesCarryTheYearAndTheOrdinal()
    {
        Assert.Equal("城关镇人大主席团2026年第一次会议", PresidiumMeetingNames.Of("城关镇", new DateOnly(2026, 1, 15), 1));
        Assert.Equal("人大主席团2025年第三次会议", PresidiumMeetingNames.Of(null, new DateOnly(2025, 9, 1), 3));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheMeetingListCountsOpenActionsOfEachMeeting(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var service = new PresidiumMeetingService(db);
        var first = await service.CreateAsync(county.One.Id, new PresidiumMeetingInput { Date = new DateOnly(2025, 3, 20), Place = "人大主席办公室", Topics = "研究代表活动计划" });
        var second = await service.CreateAsync(county.One.Id, new PresidiumMeetingInput { Date = new DateOnly(2025, 6, 18), Place = "会议室", Topics = "听取建议办理情况汇报" });
        await service.AddActionAsync(first.Id, new ActionInput("组织代表视察农村道路", "李秀英", new DateOnly(2025, 4, 30)));
        var done = await service.AddActionAsync(first.Id, new ActionInput("整理代表建议", "王德明", new DateOnly(2025, 4, 30)));
        await service.AddActionAsync(first.Id, new ActionInput("走访选民", "张建国", new DateOnly(2025, 5, 30)));
        await service.CompleteActionAsync(done.Id, new DateOnly(2025, 4, 28), "已整理25条", done.Version);

        var list = await db.ListMeetingsAsync(county.One.Id);

        Assert.Equal([(first.Id, 2), (second.Id, 0)], list.Select(m => (m.Id, m.OpenActions)));
        Assert.Equal([first.Id], (await db.MeetingsWithActionsAsync(county.One.Id, 2025)).Where(m => m.Actions.Count == 3).Select(m => m.Id));
        Assert.Empty(await db.MeetingsWithActionsAsync(county.One.Id, 2024));
    }
}
