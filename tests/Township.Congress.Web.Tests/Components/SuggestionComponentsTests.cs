using Bunit;
using MudBlazor.Services;
using Township.Congress.Suggestions;
using Township.Congress.Web.Features.Suggestions;

namespace Township.Congress.Web.Tests.Components;

public class SuggestionComponentsTests
{
    private static BunitContext Context()
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        return ctx;
    }

    private static EventView Event(SuggestionAction action, SuggestionState from, SuggestionState to, int day, string summary, string comment = "", string? unit = null) =>
        new(action, from, to, new DateOnly(2026, 3, day), new DateTime(2026, 3, day, 2, 0, 0, DateTimeKind.Utc), unit is null ? "town01" : "unit01", unit, summary, comment);

    [Fact]
    public async Task TimelineShowsEveryStepWithItsSummaryCommentAndWho()
    {
        await using var ctx = Context();
        var events = new List<EventView>
        {
            Event(SuggestionAction.Submit, SuggestionState.Submitted, SuggestionState.Submitted, 2, "建议由赵春生代表提出"),
            Event(SuggestionAction.Assign, SuggestionState.Submitted, SuggestionState.Assigned, 3, "交办县交通运输局主办，办理期限2026年6月3日"),
            Event(SuggestionAction.Answer, SuggestionState.Assigned, SuggestionState.Answered, 20, "县交通运输局答复，B类", unit: "县交通运输局"),
            Event(SuggestionAction.Feedback, SuggestionState.Answered, SuggestionState.Assigned, 25, "赵春生（领衔）：不满意，退回重新办理", "希望年内动工"),
        };

        var cut = ctx.Render<SuggestionTimeline>(p => p.Add(t => t.Events, events));

        var items = cut.FindAll("[data-testid=timeline-item]");
        Assert.Equal(4, items.Count);
        Assert.Equal(["Submit", "Assign", "Answer", "Feedback"], items.Select(i => i.GetAttribute("data-action")));
        Assert.Equal(["提出", "交办", "答复", "代表反馈"], cut.FindAll("[data-testid=timeline-action]").Select(e => e.TextContent));
        Assert.Contains("2026年3月20日", items[2].TextContent);
        Assert.Contains("县交通运输局 · unit01", items[2].TextContent);
        Assert.Contains("已交办 → 已答复", items[2].TextContent);
        Assert.Equal("意见：希望年内动工", Assert.Single(cut.FindAll("[data-testid=timeline-comment]")).TextContent);
    }

    [Fact]
    public async Task TimelineSaysWhenNothingHappenedYet()
    {
        await using var ctx = Context();
        var cut = ctx.Render<SuggestionTimeline>(p => p.Add(t => t.Events, []));
        Assert.Empty(cut.FindAll("[data-testid=timeline-item]"));
        Assert.Contains("尚无办理记录", cut.Markup);
    }

    [Theory]
    [InlineData(SuggestionState.Submitted, 1, "已提出", false)]
    [InlineData(SuggestionState.Registered, 1, "待交办", false)]
    [InlineData(SuggestionState.Assigned, 1, "已交办", false)]
    [InlineData(SuggestionState.Assigned, 2, "已交办", true)]
    [InlineData(SuggestionState.Evaluated, 2, "已评价", true)]
    [InlineData(SuggestionState.Closed, 1, "已办结", false)]
    [InlineData(SuggestionState.Merged, 1, "已并案", false)]
    public async Task StateChipNamesTheStateAndMarksRehandling(SuggestionState state, int round, string label, bool rehandling)
    {
        await using var ctx = Context();
        var cut = ctx.Render<SuggestionStateChip>(p => p.Add(c => c.State, state).Add(c => c.Round, round));

        Assert.Equal(label, cut.Find("[data-testid=state-chip]").TextContent.Trim());
        Assert.Equal(state.ToString(), cut.Find("[data-testid=state]").GetAttribute("data-state"));
        Assert.Equal(rehandling, cut.FindAll("[data-testid=rehandling-chip]").Count == 1);
        if (rehandling) Assert.Equal("重新办理", cut.Find("[data-testid=rehandling-chip]").TextContent.Trim());
    }

    [Fact]
    public async Task FigureTableShowsRatesAsTheirTextAndTheRank()
    {
        await using var ctx = Context();
        var counted = new SuggestionFigures(RawReceived: 12, Received: 10, MergedItems: 1, Assigned: 8, Answered: 6, AnsweredOnTime: 5,
            WithFeedback: 6, Satisfied: 5, Closed: 3, Implemented: 2, PartlyImplemented: 1, Overdue: 2);
        var empty = new SuggestionFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        var groups = new List<FigureGroup> { new(Guid.NewGuid(), "县交通运输局", counted, 1), new(Guid.NewGuid(), "县水利局", empty, 2) };

        var cut = ctx.Render<FigureGroupTable>(p => p.Add(t => t.Groups, groups).Add(t => t.NameHeader, "主办单位").Add(t => t.ShowRank, true));

        var rows = cut.FindAll("[data-testid=figure-row]");
        Assert.Equal(2, rows.Count);
        var cells = rows[0].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["1", "县交通运输局", "10", "8", "6", "5", "5", "3", "2", "75.0%", "62.5%", "83.3%", "37.5%", "66.7%"], cells);
        Assert.Equal(["—", "—", "—", "—", "—"], rows[1].QuerySelectorAll("td").Skip(9).Select(c => c.TextContent.Trim()));
        Assert.Equal(counted.SatisfactionRate.Text, cells[11]);
    }

    [Fact]
    public async Task FigureTableSaysWhenThereIsNothingToCount()
    {
        await using var ctx = Context();
        var cut = ctx.Render<FigureGroupTable>(p => p.Add(t => t.Groups, []));
        Assert.Contains("暂无数据", cut.Markup);
    }
}
