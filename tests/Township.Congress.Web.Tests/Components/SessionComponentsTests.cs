using Bunit;
using MudBlazor.Services;
using Township.Congress.Sessions;
using Township.Congress.Web.Features.Sessions;

namespace Township.Congress.Web.Tests.Components;

public class SessionComponentsTests
{
    private static BunitContext Context()
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        return ctx;
    }

    [Fact]
    public async Task QuorumIndicatorIsRedBelowTwoThirds()
    {
        await using var ctx = Context();
        var cut = ctx.Render<QuorumIndicator>(p => p.Add(q => q.Summary, new AttendanceSummary(10, 6, 1, 1, 2)));

        var box = cut.Find("[data-testid=quorum]");
        Assert.Equal("missing", box.GetAttribute("data-quorum"));
        Assert.Contains("quorum-missing", box.ClassName);
        Assert.Equal("出席 6 / 应到 10，法定人数 7", cut.Find("[data-testid=quorum-text]").TextContent);
        Assert.Contains("还差 1 人", box.TextContent);
        Assert.Contains("请假 1", box.TextContent);
        Assert.Contains("未点名 2", box.TextContent);
    }

    [Fact]
    public async Task QuorumIndicatorTurnsGreenAtTwoThirds()
    {
        await using var ctx = Context();
        var cut = ctx.Render<QuorumIndicator>(p => p.Add(q => q.Summary, new AttendanceSummary(10, 7, 0, 0, 3)));

        var box = cut.Find("[data-testid=quorum]");
        Assert.Equal("met", box.GetAttribute("data-quorum"));
        Assert.Contains("quorum-met", box.ClassName);
        Assert.StartsWith("出席 7 / 应到 10", cut.Find("[data-testid=quorum-text]").TextContent);
        Assert.Contains("已达到法定人数", box.TextContent);
    }

    [Fact]
    public async Task QuorumIndicatorSaysWhenThereIsNoRoll()
    {
        await using var ctx = Context();
        var cut = ctx.Render<QuorumIndicator>(p => p.Add(q => q.Summary, new AttendanceSummary(0, 0, 0, 0, 0)));

        Assert.Equal("missing", cut.Find("[data-testid=quorum]").GetAttribute("data-quorum"));
        Assert.Contains("尚未生成点名册", cut.Markup);
    }

    [Fact]
    public async Task CalendarPlacesASessionOnEachOfItsDaysAndAMeetingOnOne()
    {
        await using var ctx = Context();
        var events = new List<MonthCalendar.CalendarEvent>
        {
            new(new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 6), "第十三届人民代表大会第九次会议", "/sessions/1", "cal-session"),
            new(new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 20), "主席团第一次会议", "/presidium-meetings/1", "cal-presidium"),
            new(new DateOnly(2026, 4, 2), new DateOnly(2026, 4, 2), "四月的会", "/presidium-meetings/2", "cal-presidium"),
        };
        var cut = ctx.Render<MonthCalendar>(p => p.Add(c => c.Month, new DateOnly(2026, 3, 15)).Add(c => c.Events, events));

        Assert.Equal("2026年3月", cut.Find("[data-testid=calendar-month]").TextContent);
        // March 2026 starts on a Sunday: the grid starts on Monday 23 February and has six weeks.
        Assert.Equal("2026-02-23", cut.Find("tbody td").GetAttribute("data-date"));
        Assert.Equal(6, cut.FindAll("tbody tr").Count);
        Assert.Single(cut.FindAll("td[data-date='2026-03-05'] [data-testid=calendar-event]"));
        Assert.Single(cut.FindAll("td[data-date='2026-03-06'] [data-testid=calendar-event]"));
        Assert.Empty(cut.FindAll("td[data-date='2026-03-07'] [data-testid=calendar-event]"));
        Assert.Contains("主席团第一次会议", cut.Find("td[data-date='2026-03-20']").TextContent);
        // Days of the next month shown in the last row carry their events too.
        Assert.Single(cut.FindAll("td[data-date='2026-04-02'] [data-testid=calendar-event]"));

        await cut.InvokeAsync(() => cut.Find("[data-testid=calendar-next]").Click());
        Assert.Equal("2026年4月", cut.Find("[data-testid=calendar-month]").TextContent);
    }
}
