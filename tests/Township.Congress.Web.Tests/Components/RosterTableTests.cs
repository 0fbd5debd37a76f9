using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Security;
using Township.Congress.Testing.Infrastructure;
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
}
