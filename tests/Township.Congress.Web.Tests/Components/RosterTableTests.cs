using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Security;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.Web.Components.Shared;
using Township.Congress.Web.Features.Roster;
using Township.Congress.Web.Infrastructure;

namespace Township.Congress.Web.Tests.Components;

public class RosterTableTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private SmallCounty _county = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _county = await SmallCounty.SeedAsync(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private BunitContext Context(string userName, string role) => SignedInContext.Create(_database, _county, userName, role);

    [Fact]
    public async Task SecretarySeesOwnTownshipWithPhonesAndEditButtons()
    {
        await using var ctx = Context("town01", Roles.TownshipSecretary);
        var cut = ctx.Render<RosterTable>(p => p
            .Add(t => t.Search, new DeputySearch { TownshipId = _county.One.Id })
            .Add(t => t.CanEdit, true));

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("tbody tr").Count));
        Assert.Contains("张建国", cut.Markup);
        Assert.Contains("13812345678", cut.Markup);
        Assert.Equal(3, cut.FindAll("button[aria-label=\"变更状态\"]").Count);
        Assert.Contains("共 3 条", cut.Markup);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task ChairSeesMaskedPhonesAndNoEditButtons()
    {
        await using var ctx = Context("chair01", Roles.TownshipChair);
        var cut = ctx.Render<RosterTable>(p => p
            .Add(t => t.Search, new DeputySearch { TownshipId = _county.One.Id })
            .Add(t => t.CanEdit, false));

        cut.WaitForAssertion(() => Assert.Contains("138****5678", cut.Markup));
        Assert.DoesNotContain("13812345678", cut.Markup);
        Assert.DoesNotContain("变更状态", cut.Markup);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task EmptySearchShowsAHelpfulEmptyState()
    {
        await using var ctx = Context("town01", Roles.TownshipSecretary);
        var cut = ctx.Render<RosterTable>(p => p.Add(t => t.Search, new DeputySearch { TownshipId = _county.One.Id, Query = "不存在的名字" }));

        cut.WaitForAssertion(() => Assert.Contains("没有符合条件的代表", cut.Markup));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task ReloadAppliesNewFilters()
    {
        await using var ctx = Context("town01", Roles.TownshipSecretary);
        var cut = ctx.Render<RosterTable>(p => p.Add(t => t.Search, new DeputySearch { TownshipId = _county.One.Id }));
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("tbody tr").Count));

        await cut.InvokeAsync(() => cut.Instance.ReloadAsync(new DeputySearch { TownshipId = _county.One.Id, Query = "lxy" }));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr")));
        Assert.Contains("李秀英", cut.Markup);
    }

    [Fact]
    public async Task A_rows_buttons_reach_the_page_through_the_tables_one_handler_with_their_deputy()
    {
        await using var ctx = Context("town01", Roles.TownshipSecretary);
        var edited = new List<DeputyListItem>();
        var statusChanged = new List<DeputyListItem>();
        var cut = ctx.Render<RosterTable>(p => p
            .Add(t => t.Search, new DeputySearch { TownshipId = _county.One.Id })
            .Add(t => t.CanEdit, true)
            .Add(t => t.OnEdit, d => edited.Add(d))
            .Add(t => t.OnChangeStatus, d => statusChanged.Add(d)));
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("tbody tr").Count));
        // No handler per button: one on the body, as row-actions.js raises it from the clicked button's data attributes.
        Assert.Single(cut.FindAll("tbody[blazor\\:onrowaction]"));
        Assert.Empty(cut.FindAll("button[blazor\\:onclick]"));

        async Task ClickAsync(AngleSharp.Dom.IElement button) =>
            await cut.Find("tbody").TriggerEventAsync("onrowaction", new RowActionEventArgs
            {
                Action = button.GetAttribute("data-row-action")!,
                Row = button.GetAttribute("data-row")!,
            });

        var rows = cut.FindAll("tbody tr");
        var second = rows[1];
        await ClickAsync(second.QuerySelector("button[aria-label=编辑]")!);
        await ClickAsync(rows[2].QuerySelector("button[aria-label=变更状态]")!);

        Assert.Equal(second.QuerySelector("[data-testid=roster-name]")!.TextContent, Assert.Single(edited).Name);
        Assert.Equal(cut.FindAll("tbody tr")[2].QuerySelector("[data-testid=roster-name]")!.TextContent, Assert.Single(statusChanged).Name);

        // A row not shown (a stale page, a forged id) or an unknown action does nothing.
        await cut.Find("tbody").TriggerEventAsync("onrowaction", new RowActionEventArgs { Action = "edit", Row = Guid.NewGuid().ToString() });
        await cut.Find("tbody").TriggerEventAsync("onrowaction", new RowActionEventArgs { Action = "delete", Row = second.QuerySelector("button")!.GetAttribute("data-row")! });
        Assert.Single(edited);
        Assert.Single(statusChanged);
    }
}
