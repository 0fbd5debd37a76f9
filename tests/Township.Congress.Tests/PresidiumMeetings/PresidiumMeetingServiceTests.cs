using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.PresidiumMeetings;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.PresidiumMeetings;

public class PresidiumMeetingServiceTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MeetingsAreNumberedPerYearAndOverdueActionsAreListed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var service = new PresidiumMeetingService(db);
        PresidiumMeetingInput Input(DateOnly date) => new() { Date = date, Place = "人大主席办公室", Topics = "研究代表活动计划\n听取建议办理情况汇报" };

        var first = await service.CreateAsync(county.One.Id, Input(new DateOnly(2025, 3, 20)));
        var second = await service.CreateAsync(county.One.Id, Input(new DateOnly(2025, 6, 18)));
        var nextYear = await service.CreateAsync(county.One.Id, Input(new DateOnly(2026, 1, 10)));
        Assert.Equal((1, 2, 1), (first.NumberInYear, second.NumberInYear, nextYear.NumberInYear));
        Assert.Equal(2, PresidiumMeeting.Lines(first.Topics).Count);

        var late = await service.AddActionAsync(first.Id, new ActionInput("组织代表视察农村道路", "李秀英", new DateOnly(2025, 4, 30)));
        var done = await service.AddActionAsync(first.Id, new ActionInput("整理代表建议", "王德明", new DateOnly(2025, 4, 30)));
        await service.CompleteActionAsync(done.Id, new DateOnly(2025, 4, 28), "已整理25条", done.Version);
        var refused = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.AddActionAsync(first.Id, new ActionInput("", "", new DateOnly(2025, 1, 1))));

        Assert.Equal(3, refused.Errors.Count);
        Assert.Equal([late.Id], (await service.OverdueAsync(county.One.Id)).Select(a => a.Id));
        await Assert.ThrowsAsync<DomainValidationException>(() => service.CreateAsync(county.One.Id, new PresidiumMeetingInput { Date = new DateOnly(2025, 3, 1), Place = "x" }));
    }
}
