using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Township.Congress.Web.Components.Shared;

namespace Township.Congress.Web.Tests.Components;

/// <summary>
/// A list's filters go into the address bar by <c>history.replaceState</c> (wwwroot/js/list-url.js), not by a Blazor
/// navigation (which would come back as a location change and render the page again), and are remembered for the
/// item's back arrow; quiet callbacks run their handler without rendering the component they came from.
/// </summary>
public sealed class ListUrlWriteTests : IAsyncDisposable
{
    private readonly BunitContext _ctx = new();

    public ValueTask DisposeAsync() => _ctx.DisposeAsync();

    [Fact]
    public void Replace_writes_the_query_through_the_script_remembers_it_and_does_not_navigate()
    {
        var write = _ctx.JSInterop.SetupVoid("congressListUrl.replace", _ => true);
        write.SetVoidResult();
        var navigation = _ctx.Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo("/roster?old=1");
        var navigations = navigation.History.Count;
        var returns = new ListReturns();

        ListUrl.Replace(navigation, _ctx.JSInterop.JSRuntime, returns, "/roster", interactive: true,
            new Dictionary<string, object?> { ["q"] = "张", ["page"] = "3", ["old"] = null });

        var call = Assert.Single(write.Invocations);
        Assert.Equal("http://localhost/roster?q=%E5%BC%A0&page=3", call.Arguments[0]);
        Assert.Equal("/roster?q=%E5%BC%A0&page=3", returns.To("/roster"));
        Assert.Equal(navigations, navigation.History.Count);
        Assert.Equal("http://localhost/roster?old=1", navigation.Uri);
    }

    [Fact]
    public void Replace_while_prerendering_writes_nothing()
    {
        var write = _ctx.JSInterop.SetupVoid("congressListUrl.replace", _ => true);
        var navigation = _ctx.Services.GetRequiredService<BunitNavigationManager>();
        var returns = new ListReturns();

        ListUrl.Replace(navigation, _ctx.JSInterop.JSRuntime, returns, "/roster", interactive: false,
            new Dictionary<string, object?> { ["page"] = "2" });

        Assert.Empty(write.Invocations);
        Assert.Equal("/roster", returns.To("/roster"));
    }

    [Fact]
    public async Task A_quiet_callback_runs_its_handler_and_renders_nothing()
    {
        var parent = _ctx.Render<Counting>();
        var rendersBefore = parent.Instance.Renders;

        await parent.InvokeAsync(() => parent.Instance.Quiet.InvokeAsync(5));
        Assert.Equal(5, parent.Instance.Received);
        Assert.Equal(rendersBefore, parent.Instance.Renders);

        // The component's own callback, for comparison: it renders the component after the handler.
        await parent.InvokeAsync(() => parent.Instance.Loud.InvokeAsync(6));
        Assert.Equal(6, parent.Instance.Received);
        Assert.True(parent.Instance.Renders > rendersBefore);
    }

    private sealed class Counting : ComponentBase
    {
        public int Renders { get; private set; }
        public int Received { get; private set; }
        public EventCallback<int> Quiet => QuietCallback.Of<int>(v => Received = v);
        public EventCallback<int> Loud => EventCallback.Factory.Create<int>(this, v => Received = v);

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            Renders++;
            builder.AddContent(0, Received);
        }
    }
}
