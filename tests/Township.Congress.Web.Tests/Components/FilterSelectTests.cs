using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Township.Congress.Deputies;
using Township.Congress.Web.Components.Shared;
using Xunit.Abstractions;

namespace Township.Congress.Web.Tests.Components;

/// <summary>
/// A list filter is a native select in MudSelect's closed field: the same field classes (so the theme draws it as
/// before), its label bound to it, the chosen value selected, a pick reported, the clearing choice 全部 reported as none.
/// </summary>
public sealed class FilterSelectTests(ITestOutputHelper output) : IAsyncDisposable
{
    private readonly BunitContext _ctx = NewContext();

    private static BunitContext NewContext()
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        return ctx;
    }

    public ValueTask DisposeAsync() => _ctx.DisposeAsync();

    private IRenderedComponent<FilterSelect<DeputyStatus>> Status(DeputyStatus? value, Action<DeputyStatus?>? picked = null, bool clearable = true) =>
        _ctx.Render<FilterSelect<DeputyStatus>>(p => p.Add(s => s.Options, DeputyLabels.Status).Add(s => s.Value, value).Add(s => s.Label, "状态")
            .Add(s => s.Clearable, clearable).Add(s => s.ValueChanged, v => picked?.Invoke(v)).AddUnmatched("data-testid", "status-filter"));

    private static string[] Classes(AngleSharp.Dom.IElement e) => e.ClassList.Where(c => !c.StartsWith("filter-select", StringComparison.Ordinal)).Order().ToArray();

    [Fact]
    public void TheFieldHasMudSelectsClassesAndArrow()
    {
        var mud = _ctx.Render<MudSelect<DeputyStatus?>>(p => p.Add(s => s.Label, "状态").Add(s => s.Value, DeputyStatus.Resigned)
            .Add(s => s.ToStringFunc, v => v is { } s ? DeputyLabels.Of(s) : null));
        output.WriteLine(mud.Markup);
        var plain = Status(DeputyStatus.Resigned);
        output.WriteLine(plain.Markup);

        foreach (var selector in new[] { "div.mud-select", ".mud-input-control", ".mud-input-control-input-container", "div.mud-input", "label.mud-input-label", ".mud-input-adornment" })
            Assert.Equal(Classes(mud.Find(selector)), Classes(plain.Find(selector)));
        Assert.Equal(mud.Find(".mud-input-adornment svg").InnerHtml, plain.Find(".mud-input-adornment svg").InnerHtml);
        Assert.Equal("状态", plain.Find("label").TextContent);
    }

    [Fact]
    public void TheLabelNamesItsSelectAndTheChosenValueIsSelected()
    {
        var one = Status(DeputyStatus.Resigned);
        var two = Status(null);

        var select = one.Find("select[data-testid=status-filter]");
        Assert.Equal(select.Id, one.Find("label").GetAttribute("for"));
        Assert.NotEqual(select.Id, two.Find("select").Id);
        // Filters of other item types too: a page has several (a per-type counter gave them the same id).
        var year = _ctx.Render<FilterSelect<int>>(p => p.Add(s => s.Options, FilterChoices.Of([2026], y => $"{y}年")));
        Assert.DoesNotContain(year.Find("select").Id, new[] { select.Id, two.Find("select").Id });
        Assert.Equal(nameof(DeputyStatus.Resigned), select.GetAttribute("value"));
        Assert.Equal(["全部", .. DeputyLabels.Status.Select(s => s.Value)], one.FindAll("option").Select(o => o.TextContent));
        Assert.Equal("", two.Find("select").GetAttribute("value"));
    }

    [Fact]
    public void APickIsReportedAndAllClearsIt()
    {
        var picks = new List<DeputyStatus?>();
        var cut = Status(DeputyStatus.InOffice, picks.Add);

        cut.Find("select").Change(nameof(DeputyStatus.Resigned));
        cut.Find("select").Change("");

        Assert.Equal([DeputyStatus.Resigned, null], picks);
    }

    [Fact]
    public void WithoutClearingThereIsNoEmptyChoice()
    {
        var cut = Status(DeputyStatus.InOffice, clearable: false);
        Assert.Equal(DeputyLabels.Status.Select(s => s.Value), cut.FindAll("option").Select(o => o.TextContent));
    }

    [Fact]
    public void AValueNoLongerAmongTheChoicesShowsAsItself()
    {
        int? picked = null;
        var cut = _ctx.Render<FilterSelect<int>>(p => p.Add(s => s.Options, FilterChoices.Of([2025, 2026], y => $"{y}年")).Add(s => s.Value, 2019)
            .Add(s => s.Clearable, true).Add(s => s.Placeholder, "全部年度").Add(s => s.ValueChanged, v => picked = v));

        Assert.Equal("2019", cut.Find("select").GetAttribute("value"));
        Assert.Equal(["全部年度", "2019", "2025年", "2026年"], cut.FindAll("option").Select(o => o.TextContent));
        cut.Find("select").Change("2026");
        Assert.Equal(2026, picked);
    }
}
