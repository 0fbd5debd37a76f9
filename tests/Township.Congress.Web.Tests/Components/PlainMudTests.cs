using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Township.Congress.Web.Components.Shared;

namespace Township.Congress.Web.Tests.Components;

/// <summary>
/// The fragments that stand in for MudBlazor components in long tables and the menu write the components' own markup
/// (same elements, classes and ARIA), so the pages look and read the same to the theme's CSS, the browser tests and axe.
/// </summary>
public sealed class PlainMudTests : IAsyncDisposable
{
    private readonly BunitContext _ctx = new();

    public PlainMudTests()
    {
        _ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        _ctx.Services.AddMudServices();
    }

    public ValueTask DisposeAsync() => _ctx.DisposeAsync();

    private void Same(RenderFragment plain, string mudMarkup) => _ctx.Render(plain).MarkupMatches(mudMarkup);

    [Fact]
    public void TheLinkIsMudLinksMarkup()
    {
        var mud = _ctx.Render<MudLink>(p => p.Add(l => l.Href, "/deputies/1").Add(l => l.Typo, Typo.body2)
            .AddUnmatched("data-testid", "roster-name").AddChildContent("张建国"));
        Same(PlainMud.Link("/deputies/1", "张建国", Typo.body2, "roster-name"), mud.Markup);
        Same(PlainMud.Link("/deputies/1", "张建国"), _ctx.Render<MudLink>(p => p.Add(l => l.Href, "/deputies/1").AddChildContent("张建国")).Markup);
    }

    [Theory]
    [InlineData(Color.Success, Variant.Filled, null)]
    [InlineData(Color.Default, Variant.Filled, null)]
    [InlineData(Color.Warning, Variant.Outlined, "ml-1")]
    public void TheChipIsMudChipsMarkup(Color color, Variant variant, string? cssClass)
    {
        var mud = _ctx.Render<MudChip<string>>(p => p.Add(c => c.Size, Size.Small).Add(c => c.Color, color).Add(c => c.Variant, variant)
            .Add(c => c.Class, cssClass).AddUnmatched("data-testid", "state-chip").AddChildContent("在任"));
        // MudChip's container id (new per chip) serves its keyboard handler for clickable chips only.
        var markup = System.Text.RegularExpressions.Regex.Replace(mud.Markup, " id=\"chip-container-[0-9a-f-]+\"", "");
        Assert.NotEqual(mud.Markup, markup);
        Same(PlainMud.Chip("在任", color, Size.Small, variant, cssClass, "state-chip"), markup);
    }

    private static readonly RenderFragment Inside = b => b.AddContent(0, "筛选");

    [Fact]
    public void ThePaperGridAndItemClassesAreMudBlazorsMarkup()
    {
        // MudBlazor writes an empty style attribute (no Style given), which draws nothing.
        string Mud<T>(Action<ComponentParameterCollectionBuilder<T>> parameters) where T : IComponent =>
            _ctx.Render(parameters).Markup.Replace(" style=\"\"", "", StringComparison.Ordinal);
        static RenderFragment Div(string cssClass, string? testId = null) => b =>
        {
            b.OpenElement(0, "div");
            b.AddAttribute(1, "class", cssClass);
            if (testId is not null) b.AddAttribute(2, "data-testid", testId);
            b.AddContent(3, Inside);
            b.CloseElement();
        };

        Same(Div(PlainMud.PaperClass("pa-3 mb-3"), "roster-composition"), Mud<MudPaper>(p => p.Add(x => x.Elevation, 0).Add(x => x.Outlined, true)
            .Add(x => x.Class, "pa-3 mb-3").AddUnmatched("data-testid", "roster-composition").AddChildContent(Inside)));
        Same(Div(PlainMud.PaperClass()), Mud<MudPaper>(p => p.Add(x => x.Elevation, 0).Add(x => x.Outlined, true).AddChildContent(Inside)));
        Same(Div(PlainMud.GridClass(2)), Mud<MudGrid>(p => p.Add(x => x.Spacing, 2).AddChildContent(Inside)));
        Same(Div(PlainMud.ItemClass(6, 2)), Mud<MudItem>(p => p.Add(x => x.xs, 6).Add(x => x.sm, 2).AddChildContent(Inside)));
        Same(Div(PlainMud.ItemClass(12, 3)), Mud<MudItem>(p => p.Add(x => x.xs, 12).Add(x => x.sm, 3).AddChildContent(Inside)));
    }

    [Fact]
    public void TheTextIsMudTextsMarkup()
    {
        var mud = _ctx.Render<MudText>(p => p.Add(t => t.Typo, Typo.body2).Add(t => t.Color, Color.Error).AddChildContent("超期 3 天"));
        Same(PlainMud.Text("超期 3 天", Typo.body2, Color.Error), mud.Markup);
        Same(PlainMud.Text("代表构成", Typo.subtitle2), _ctx.Render<MudText>(p => p.Add(t => t.Typo, Typo.subtitle2).AddChildContent("代表构成")).Markup);
    }

    [Fact]
    public void TheRowButtonIsMudIconButtonsMarkupNamingItsActionAndRow()
    {
        var mud = _ctx.Render<MudIconButton>(p => p.Add(b => b.Size, Size.Small).Add(b => b.Icon, Icons.Material.Filled.Edit)
            .AddUnmatched("aria-label", "编辑").AddUnmatched("title", "编辑 <代表>")
            .AddUnmatched("data-row-action", "edit").AddUnmatched("data-row", "d-42"));
        var plain = _ctx.Render(b => b.AddMarkupContent(0, PlainMud.IconButtonHtml(Icons.Material.Filled.Edit, "编辑", "编辑 <代表>", "edit", "d-42")));
        plain.MarkupMatches(mud.Markup);
        Assert.DoesNotContain("<代表>", plain.Markup); // the title is encoded

        var untitled = _ctx.Render<MudIconButton>(p => p.Add(b => b.Size, Size.Small).Add(b => b.Icon, Icons.Material.Filled.SwapHoriz)
            .AddUnmatched("aria-label", "变更状态").AddUnmatched("data-row-action", "status").AddUnmatched("data-row", "7"));
        _ctx.Render(b => b.AddMarkupContent(0, PlainMud.IconButtonHtml(Icons.Material.Filled.SwapHoriz, "变更状态", null, "status", "7"))).MarkupMatches(untitled.Markup);
    }

    [Fact]
    public void TheButtonIsMudButtonsMarkupWithItsStartIcon()
    {
        var mud = _ctx.Render<MudButton>(p => p.Add(b => b.Variant, Variant.Filled).Add(b => b.Color, Color.Primary)
            .Add(b => b.StartIcon, Icons.Material.Filled.PersonAdd).AddChildContent("新增代表"));
        var plain = _ctx.Render(b =>
        {
            b.OpenElement(0, "button");
            b.AddAttribute(1, "class", PlainMud.ButtonClass(Variant.Filled, Color.Primary));
            b.AddAttribute(2, "type", "button");
            b.AddContent(3, PlainMud.ButtonLabel(Icons.Material.Filled.PersonAdd, "新增代表"));
            b.CloseElement();
        });
        plain.MarkupMatches(mud.Markup);

        // A link button: the same classes and label on an <a>.
        var link = _ctx.Render<MudButton>(p => p.Add(b => b.Variant, Variant.Outlined).Add(b => b.Href, "/x.pdf")
            .Add(b => b.StartIcon, Icons.Material.Filled.PictureAsPdf).AddChildContent("打印"));
        Assert.Equal(link.Find("a").GetAttribute("class"), PlainMud.ButtonClass(Variant.Outlined));
        _ctx.Render(PlainMud.ButtonLabel(Icons.Material.Filled.PictureAsPdf, "打印")).MarkupMatches(link.Find("a").InnerHtml);
    }

    [Theory]
    [InlineData("/suggestions?state=Overdue", "/suggestions", NavLinkMatch.All)]
    [InlineData("/suggestions/figures", "/suggestions", NavLinkMatch.All)]
    [InlineData("/sessions/5f0c", "/sessions", NavLinkMatch.Prefix)]
    [InlineData("/sessionsx", "/sessions", NavLinkMatch.Prefix)]
    [InlineData("/", "/", NavLinkMatch.All)]
    [InlineData("/roster", "/", NavLinkMatch.All)]
    public void TheMenuEntryIsMudNavLinksMarkupActiveWhereItsNavLinkIs(string at, string href, NavLinkMatch match)
    {
        _ctx.Services.GetRequiredService<NavigationManager>().NavigateTo(at);
        var mud = _ctx.Render<MudNavLink>(p => p.Add(l => l.Href, href).Add(l => l.Match, match).Add(l => l.Icon, Icons.Material.Filled.Event)
            .AddUnmatched("data-testid", "nav-x").AddChildContent("会议"));
        var navigation = _ctx.Services.GetRequiredService<NavigationManager>();
        var active = PlainMud.IsActive(navigation, href, match);
        Same(PlainMud.NavLink(href, Icons.Material.Filled.Event, "会议", active, "nav-x", new Receiver(), () => Task.CompletedTask), mud.Markup);
        Assert.Equal(mud.FindAll("a.active").Count == 1, active);
    }

    [Fact]
    public void TheHtmlStringsAreTheFragmentsMarkup()
    {
        var html = _ctx.Render(b => b.AddMarkupContent(0, PlainMud.LinkHtml("/deputies/1?a=1&b=2", "阿依古丽·买买提 <x>", Typo.body2, "roster-name")));
        html.MarkupMatches(_ctx.Render(PlainMud.Link("/deputies/1?a=1&b=2", "阿依古丽·买买提 <x>", Typo.body2, "roster-name")).Markup);
        Assert.Equal("阿依古丽·买买提 <x>", html.Find("a").TextContent);

        _ctx.Render(b => b.AddMarkupContent(0, PlainMud.ChipHtml("在任", Color.Success, cssClass: "ml-1", testId: "chip")))
            .MarkupMatches(_ctx.Render(PlainMud.Chip("在任", Color.Success, cssClass: "ml-1", testId: "chip")).Markup);

        var icon = _ctx.Render<MudIcon>(p => p.Add(i => i.Icon, Icons.Material.Filled.Edit).Add(i => i.Size, Size.Small).Add(i => i.Class, "x-y").Add(i => i.Color, Color.Default));
        Same(PlainMud.Icon(Icons.Material.Filled.Edit, Size.Small, "x-y"), icon.Markup);
        Same(PlainMud.Icon(Icons.Material.Filled.Edit, Size.Small, "x-y", inheritColor: true),
            _ctx.Render<MudIcon>(p => p.Add(i => i.Icon, Icons.Material.Filled.Edit).Add(i => i.Size, Size.Small).Add(i => i.Class, "x-y")).Markup);
        Assert.Same(PlainMud.IconHtml(Icons.Material.Filled.Edit, Size.Small, "x-y"), PlainMud.IconHtml(Icons.Material.Filled.Edit, Size.Small, "x-y"));

        var cell = _ctx.Render(b => { b.OpenElement(0, "table"); b.OpenElement(1, "tr"); b.AddMarkupContent(2, PlainMud.CellHtml("姓名", PlainMud.Encode("张&李"))); b.CloseElement(); b.CloseElement(); });
        Assert.Equal("张&李", cell.Find("td.mud-table-cell[data-label=姓名]").TextContent);
    }

    private sealed class Receiver : IHandleEvent
    {
        public Task HandleEventAsync(EventCallbackWorkItem item, object? arg) => item.InvokeAsync(arg);
    }
}
