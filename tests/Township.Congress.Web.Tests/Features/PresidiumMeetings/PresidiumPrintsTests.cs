using Township.Congress.Data;
using Township.Congress.PresidiumMeetings;
using Township.Congress.Reports.Fonts;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.Web.Features.PresidiumMeetings;
using Township.Congress.Web.Tests.Features.Sessions;

namespace Township.Congress.Web.Tests.Features.PresidiumMeetings;

public class PresidiumPrintsTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MinutesTellTheActionsAsOfTheMeetingAndNameTheRecorderAndNonMembers(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var service = new PresidiumMeetingService(db);
        var meeting = await service.CreateAsync(county.One.Id, new PresidiumMeetingInput
        {
            Date = new DateOnly(2025, 3, 20), Place = "镇人大主席团办公室", PresidedBy = "张建国", Attendees = "张建国、李秀英",
            Topics = "研究代表建议办理", NonVotingAttendees = "镇政府副镇长王德明", RecordedBy = "刘海燕",
        });
        // Done two months after the meeting, and one still open long past its date: neither is known on the meeting's day.
        var done = await service.AddActionAsync(meeting.Id, new ActionInput("督办道路建议", "李秀英", new DateOnly(2025, 6, 30)));
        await service.CompleteActionAsync(done.Id, new DateOnly(2025, 5, 20), "已办结", done.Version);
        await service.AddActionAsync(meeting.Id, new ActionInput("走访选民", "张建国", new DateOnly(2025, 4, 30)));

        var text = SessionPrintsTests.Text(await new PresidiumPrints(new FontOptions()).MinutesAsync(db, meeting.Id));

        Assert.Contains("列席人员：镇政府副镇长王德明。", text);
        Assert.Contains("记录人：刘海燕。", text);
        Assert.DoesNotContain("逾期未完成", text);
        Assert.DoesNotContain("已完成", text);
        Assert.Equal(2, text.Split("待落实").Length - 1);
    }
}
