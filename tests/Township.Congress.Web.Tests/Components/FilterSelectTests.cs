using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Township.Congress.Deputies;
using Township.Congress.Web.Components.Shared;

namespace Township.Congress.Web.Tests.Components;

/// <summary>A list filter's select holds no item while closed, yet shows the chosen value's text and lists every choice when opened.</summary>
public sealed class FilterSelectTests : IAsyncDisposable
{
    private readonly BunitContext _ctx = new();
    private readonly IRenderedComponent<MudPopoverProvider> _popovers;

    public FilterSelectTests()
    {
        _ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        _ctx.Services.AddMudServices();
        _popovers = _ctx.Render<MudPopoverProvider>();
    }

    public ValueTask DisposeAsync() => _ctx.DisposeAsync();

    [Fact]
    public async Task AClosedFilterHoldsNoItemButShowsTheChosenText()
    {
        var cut = _ctx.Render<FilterSelect<DeputyStatus>>(p => p.Add(s => s.Options, DeputyLabels.Status)
            .Add(s => s.Value, DeputyStatus.Resigned).Add(s => s.Label, "状态"));

        Assert.Empty(cut.FindComponents<MudSelectItem<DeputyStatus?>>());
        Assert.Equal(DeputyLabels.Of(DeputyStatus.Resigned), cut.Find("input").GetAttribute("value"));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task OpenedItListsEveryChoiceAndAPickIsReported()
    {
        DeputyStatus? picked = null;
        var cut = _ctx.Render<FilterSelect<DeputyStatus>>(p => p.Add(s => s.Options, DeputyLabels.Status)
            .Add(s => s.Label, "状态").Add(s => s.ValueChanged, v => picked = v));

        await cut.InvokeAsync(() => cut.FindComponent<MudSelect<DeputyStatus?>>().Instance.OpenMenu());
        _popovers.WaitForAssertion(() => Assert.Equal(DeputyLabels.Status.Count, _popovers.FindAll(".mud-list-item").Count));

        _popovers.FindAll(".mud-list-item").Single(e => e.TextContent.Trim() == DeputyLabels.Of(DeputyStatus.Resigned)).Click();
        cut.WaitForAssertion(() => Assert.Equal(DeputyStatus.Resigned, picked));
    }

    [Fact]
    public async Task AValueNoLongerAmongTheChoicesShowsAsItself()
    {
        var cut = _ctx.Render<FilterSelect<int>>(p => p.Add(s => s.Options, FilterChoices.Of([2025, 2026], y => $"{y}年")).Add(s => s.Value, 2019));

        Assert.Equal("2019", cut.Find("input").GetAttribute("value"));
        await Task.CompletedTask;
    }
}
