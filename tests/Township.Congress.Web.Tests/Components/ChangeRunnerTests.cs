using Township.Congress.Model;
using Township.Congress.Security;
using Township.Congress.Suggestions;
using Township.Congress.Web.Components.Shared;

namespace Township.Congress.Web.Tests.Components;

/// <summary>The one place components turn the model's refusals into messages.</summary>
public class ChangeRunnerTests
{
    [Fact]
    public async Task ARefusalIsReportedWithTheModelsMessagesAndBusyIsReset()
    {
        var busy = new List<bool>();
        ChangeRefusal? seen = null;
        var ok = await ChangeRunner.RunAsync(() => throw new DomainValidationException([new("Title", "请填写标题。"), new("OnDate", "日期不能晚于今天。")]),
            r => seen = r, busy.Add);

        Assert.False(ok);
        Assert.Equal([true, false], busy);
        Assert.Equal(RefusalKind.Invalid, seen!.Kind);
        Assert.Equal("请填写标题。", seen.ByField()["Title"]);
        Assert.Equal("日期不能晚于今天。", seen.Unplaced(["Title"]));
        Assert.Null(seen.Unplaced(["Title", "OnDate"]));
    }

    [Fact]
    public void EachKindOfRefusalIsRecognised()
    {
        Assert.Equal(RefusalKind.Conflict, ChangeRunner.RefusalOf(new ConcurrencyConflictException("建议"))!.Kind);
        var notAllowed = ChangeRunner.RefusalOf(new TransitionNotAllowedException(SuggestionAction.Close, SuggestionState.Assigned, []))!;
        Assert.Equal(RefusalKind.NotAllowed, notAllowed.Kind);
        Assert.Equal(notAllowed.Message, notAllowed.Unplaced([]));
        var denied = ChangeRunner.RefusalOf(new TownshipAccessDeniedException("Deputy", "1"))!;
        Assert.Equal(RefusalKind.AccessDenied, denied.Kind);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", denied.Message);
        Assert.Null(ChangeRunner.RefusalOf(new InvalidOperationException()));
    }

    [Fact]
    public async Task AnythingElseIsABugAndPropagates()
    {
        var busy = new List<bool>();
        var ran = false;
        await Assert.ThrowsAsync<InvalidOperationException>(() => ChangeRunner.RunAsync(() => throw new InvalidOperationException(), _ => { }, busy.Add));
        Assert.Equal([true, false], busy);
        Assert.True(await ChangeRunner.RunAsync(() => { ran = true; return Task.CompletedTask; }, _ => { }));
        Assert.True(ran);
    }
}
