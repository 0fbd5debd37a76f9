using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Suggestions;

/// <summary>What issue 9 found the suggestions saying wrongly: 不满意 without a word, duplicates not hinted, notices that do not say whose item.</summary>
public class SuggestionTrustTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static async Task<Suggestion> AnsweredAsync(SuggestionWorld w)
    {
        var item = await w.CreateAsync();
        await w.AssignAsync(item.Id);
        return await w.StepAsync(w.RoadsUnit, item.Id, new TransitionInput { Action = SuggestionAction.Answer, AnswerClass = AnswerClass.B, Text = "已列入明年计划。" });
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DissatisfiedNeedsTheDeputysOpinionAndTheUnitReadsIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SuggestionWorld.CreateAsync(database, Today);
        var item = await AnsweredAsync(w);

        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => w.StepAsync(w.Secretary, item.Id,
            new TransitionInput { Action = SuggestionAction.Feedback, Satisfaction = Satisfaction.Dissatisfied, Comment = "  " }));
        var error = Assert.Single(refused.Errors);
        Assert.Equal(("Comment", SuggestionRules.DissatisfiedNeedsOpinion), (error.Field, error.Message));
        await using (var check = w.Context(w.Secretary))
        {
            var unchanged = await check.Suggestions.SingleAsync(s => s.Id == item.Id);
            Assert.Equal((SuggestionState.Answered, 1, (Satisfaction?)null), (unchanged.State, unchanged.Round, unchanged.LeadSatisfaction));
        }

        item = await w.StepAsync(w.Secretary, item.Id,
            new TransitionInput { Action = SuggestionAction.Feedback, Satisfaction = Satisfaction.Dissatisfied, Comment = "希望年内动工" });
        Assert.Equal((SuggestionState.Assigned, 2), (item.State, item.Round));
        await using var db = database.System();
        var notice = await db.Notifications.Where(n => n.UserId == w.RoadsUserId && n.Kind == NotificationKind.Rehandling).SingleAsync();
        Assert.Contains("代表意见：希望年内动工", notice.Text);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NoticesToAUnitNameTheTownshipWhoseNumbersRepeat(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SuggestionWorld.CreateAsync(database, Today);
        var item = await w.CreateAsync();
        await w.AssignAsync(item.Id);

        await using var db = database.System();
        var notice = await db.Notifications.Where(n => n.UserId == w.RoadsUserId && n.Kind == NotificationKind.Assigned).SingleAsync();
        Assert.StartsWith($"{w.County.One.Name}建议2026-001《", notice.Text);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnIdenticalTitleIsHintedWhateverTheTexts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SuggestionWorld.CreateAsync(database, Today);
        var input = w.Input("关于修建新民村通组道路的建议");
        input.Text = "新民村三组至五组的通组道路修建于上世纪九十年代，路面宽度不足三米，多处坑洼塌陷，排水沟堵塞，雨天积水严重。"
            + "沿线有农户八十余户，种植柑橘和蔬菜两百多亩，农资运进、果蔬运出全靠这条路，货车无法通行，群众只能肩挑背扛。"
            + "建议将该路段纳入今年农村公路建设计划，拓宽至四点五米并硬化，同步修缮排水沟和错车道，方便群众生产生活。";
        var existing = await w.CreateAsync(input);
        var other = await w.CreateAsync(w.Input("关于增设集镇垃圾收集点的建议"));

        await using var db = w.Context(w.Secretary);
        // The same title with full-width punctuation and spaces, and a text in other words: title and text scored together gave 0.17, under the threshold.
        var hints = await db.SimilarAsync(w.County.One.Id, "关于修建新民村 通组道路的建议。",
            "三组、五组之间只有一条土路，雨季泥泞，学生上学要绕行两公里，请求政府安排硬化。");
        var hint = Assert.Single(hints);
        Assert.Equal((existing.Id, 1.0, 1.0), (hint.Id, hint.Score, hint.TitleScore));
        Assert.True(hint.TextScore < SuggestionSimilarity.Threshold, $"text score {hint.TextScore}");

        // Near-exact (one character changed) surfaces too; an unrelated item does not.
        var near = await db.SimilarAsync(w.County.One.Id, "关于修建新民村通组公路的建议", "请求政府安排资金。");
        Assert.Equal([existing.Id], near.Select(h => h.Id));
        Assert.DoesNotContain(other.Id, near.Select(h => h.Id));
        Assert.Equal("ab12关于道路", SuggestionSimilarity.Normalize("ＡＢ１２ 关于“道路”！"));
    }
}

/// <summary>县人大督办: the county supervises items of its own townships, on the record.</summary>
public class CountySupervisionTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheCountySupervisesItsTownshipsItemsWithANoteOnTheRecord(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SuggestionWorld.CreateAsync(database, Today);
        var item = await w.CreateAsync();
        await w.AssignAsync(item.Id);
        var county = Township.Congress.Security.TownshipScope.CountyViewer("county", Guid.NewGuid(), [w.County.One.Id, w.County.Two.Id], w.County.County.Id);

        await using (var db = w.Context(county))
        {
            var service = w.Service(db);
            var loaded = await db.Suggestions.SingleAsync(s => s.Id == item.Id);
            Assert.Equal([SuggestionAction.CountySupervise], await service.AllowedAsync(loaded));
            var refused = await Assert.ThrowsAsync<DomainValidationException>(() =>
                service.TransitionAsync(item.Id, new TransitionInput { Action = SuggestionAction.CountySupervise }));
            Assert.Equal("Comment", Assert.Single(refused.Errors).Field);
        }
        await using (var db = w.Context(county))
        {
            await w.Service(db).TransitionAsync(item.Id, new TransitionInput { Action = SuggestionAction.CountySupervise, Comment = "请于月底前报送进展" });
        }

        await using var check = database.System();
        var step = await check.Set<SuggestionEvent>().SingleAsync(e => e.SuggestionId == item.Id && e.Action == SuggestionAction.CountySupervise);
        Assert.Equal(("county", "请于月底前报送进展", Today), (step.UserName, step.Comment, step.OnDate));
        Assert.True(await check.AuditEntries.AnyAsync(a => a.EntityType == nameof(SuggestionEvent) && a.EntityKey == step.Id.ToString() && a.UserName == "county"));
        Assert.Contains(await check.Notifications.Where(n => n.UserId == w.SecretaryUserId).Select(n => n.Text).ToListAsync(), t => t.Contains("县人大常委会督办"));

        // Another county's login, and the township's chair, may not.
        var other = Township.Congress.Security.TownshipScope.CountyViewer("other", Guid.NewGuid(), [], Guid.NewGuid());
        await using (var db = w.Context(other))
            await Assert.ThrowsAnyAsync<Exception>(() => w.Service(db).TransitionAsync(item.Id, new TransitionInput { Action = SuggestionAction.CountySupervise, Comment = "越权" }));
        await using (var db = w.Context(w.County.ChairOfOne))
            await Assert.ThrowsAsync<TransitionNotAllowedException>(() => w.Service(db).TransitionAsync(item.Id, new TransitionInput { Action = SuggestionAction.CountySupervise, Comment = "越权" }));
    }

    [Fact]
    public void DaysOverdueCountFromTheDeadlineWhileTheAnswerIsAwaited()
    {
        Assert.Equal(12, SuggestionRules.DaysOverdue(SuggestionState.Handling, new DateOnly(2026, 2, 18), Today));
        Assert.Null(SuggestionRules.DaysOverdue(SuggestionState.Handling, Today, Today));
        Assert.Null(SuggestionRules.DaysOverdue(SuggestionState.Answered, new DateOnly(2026, 2, 18), Today));
    }
}
