using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.Scorecards;
using Township.Congress.Security;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.Web.Features.Scorecards;
using Township.Congress.Web.Infrastructure;

using Township.Congress.Web.Tests.Components;

namespace Township.Congress.Web.Tests.Features.Scorecards;

/// <summary>The scorecard page as each user meets it: the county's table with the data behind the points, a township told it is the county's.</summary>
public class ScorecardPageTests : IAsyncLifetime
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
    public async Task CountySeesEveryTownshipRankedWithTheDataBehindEachCriterionAndTheRollupOfTheYear()
    {
        await using var ctx = Context("county", Roles.CountyViewer);
        var year = ChineseDate.TodayInChina(TimeProvider.System).Year;
        var cut = ctx.Render<ScorecardPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=scorecard-table] tbody [data-testid=township-name]").Count));
        Assert.Equal(["1", "1"], cut.FindAll("[data-testid=rank]").Select(c => c.TextContent));
        // Nothing recorded: no session held, so no points for them, and the cell says why.
        var sessions = cut.FindAll("[data-testid=cell-Sessions]");
        Assert.All(sessions, c => Assert.Equal("0", c.TextContent));
        Assert.All(sessions, c => Assert.Equal("召开代表大会0次（要求≥2次）", c.GetAttribute("title")));
        // Not scored by hand yet: a dash, not a 0.
        Assert.All(cut.FindAll("[data-testid=cell-SelfBuilding]"), c => Assert.Equal("—", c.TextContent));
        Assert.Equal("/settings/rules?area=Scorecard", cut.Find("[data-testid=scorecard-rules-link]").GetAttribute("href"));
        Assert.Equal($"/api/v1/counties/{_county.County.Id}/rollup.xlsx?year={year}", cut.Find("[data-testid=rollup-xlsx]").GetAttribute("href"));
        Assert.Contains("90分及以上为优秀", cut.Find("[data-testid=scorecard-bands]").TextContent);

        cut.FindAll("[data-testid=score-detail-toggle]")[0].Click();
        var detail = cut.Find("[data-testid=score-detail]");
        Assert.Contains("召开代表大会0次（要求≥2次）", detail.TextContent);
        Assert.Contains("尚未评分", detail.TextContent);
        Assert.Equal(2, detail.QuerySelectorAll("[data-testid=score-hand]").Length);
        // No upload before there is a score to attach it to.
        Assert.Empty(detail.QuerySelectorAll("[data-testid=score-evidence-upload]"));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task TheYearPlannedAheadSaysItHasNoDataInsteadOfATable()
    {
        await using var ctx = Context("county", Roles.CountyViewer);
        var next = ChineseDate.TodayInChina(TimeProvider.System).Year + 1;
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo($"/scorecard?year={next}");
        var cut = ctx.Render<ScorecardPage>();

        cut.WaitForAssertion(() => Assert.Contains($"{next}年尚未开始", cut.Find("[data-testid=scorecard-no-data]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=scorecard-table]"));
        await Task.CompletedTask;
    }

    [Theory]
    [InlineData("town01", Roles.TownshipSecretary)]
    [InlineData("chair01", Roles.TownshipChair)]
    public async Task ATownshipIsToldTheScorecardIsTheCountysAndSeesNoneOfIt(string user, string role)
    {
        await using var ctx = Context(user, role);
        var cut = ctx.Render<ScorecardPage>();

        cut.WaitForAssertion(() => Assert.Contains("仅县级用户可以查看", cut.Find("[data-testid=scorecard-county-only]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=scorecard-table]"));
        Assert.Empty(cut.FindAll("[data-testid=rollup-xlsx]"));
        Assert.DoesNotContain(_county.Two.Name, cut.Markup);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task ACountyWithoutTownshipsShowsTheEmptyState()
    {
        await using var ctx = Context("county", Roles.CountyViewer);
        var empty = new CountyScorecard(Guid.NewGuid(), "空县", 2025, [], []);
        var cut = ctx.Render<ScorecardTable>(p => p.Add(t => t.Scorecard, empty));

        Assert.Contains("本县尚无乡镇", cut.Find("[data-testid=scorecard-empty]").TextContent);
        Assert.Empty(cut.FindAll("table"));
        await Task.CompletedTask;
    }
}
