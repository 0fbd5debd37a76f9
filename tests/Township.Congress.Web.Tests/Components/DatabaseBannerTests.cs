using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Township.Congress.Web.Components.Layout;
using Township.Congress.Web.Infrastructure;

namespace Township.Congress.Web.Tests.Components;

public class DatabaseBannerTests
{
    [Fact]
    public async Task TheBannerShowsWhileTheDatabaseIsAwayAndGoesWhenItIsBack()
    {
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        var status = new DatabaseStatus();
        ctx.Services.AddSingleton(status);
        var cut = ctx.Render<DatabaseBanner>();
        Assert.Empty(cut.FindAll("[data-testid=database-away]"));

        status.Set(false);
        cut.WaitForAssertion(() => Assert.Contains("数据库暂时无法连接", cut.Find("[data-testid=database-away]").TextContent));

        status.Set(true);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=database-away]")));
    }
}
