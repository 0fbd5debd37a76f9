using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Security;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Suggestions;

public class SuggestionLifecycleTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ItemGoesFromTheDeputysPenThroughRehandlingToImplementation(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SuggestionWorld.CreateAsync(database, Today);

        var item = await w.CreateAsync();
        Assert.Equal(("2026-001", SuggestionState.Submitted, 3), (item.Number, item.State, item.Signers.Count));

        item = await w.AssignAsync(item.Id, w.Water);
        Assert.Equal((SuggestionState.Assigned, new DateOnly(2026, 6, 2)), (item.State, item.Deadline));
        item = await w.StepAsync(w.RoadsUnit, item.Id, new TransitionInput { Action = SuggestionAction.Start });
        w.Clock.Today = Today.AddDays(20);
        await w.StepAsync(w.WaterUnit, item.Id, new TransitionInput { Action = SuggestionAction.CoUnitOpinion, Text = "水利局同意配合排水沟建设。" });
        item = await w.StepAsync(w.RoadsUnit, item.Id, new TransitionInput { Action = SuggestionAction.Answer, AnswerClass = AnswerClass.B, Text = "已列入明年道路硬化计划。" });
        Assert.Equal((SuggestionState.Answered, AnswerClass.B, Today.AddDays(20)), (item.State, item.AnswerClass, item.FirstAnsweredOn));

        // 不满意: the same units handle it again and answer within one month of the re-assignment.
        w.Clock.Today = new DateOnly(2026, 3, 31);
        item = await w.StepAsync(w.Secretary, item.Id, new TransitionInput { Action = SuggestionAction.Feedback, Satisfaction = Satisfaction.Dissatisfied, Comment = "希望年内动工" });
        Assert.Equal((SuggestionState.Assigned, 2, new DateOnly(2026, 4, 30)), (item.State, item.Round, item.Deadline));
        Assert.Equal(new DateOnly(2026, 6, 2), item.FirstDeadline);

        // A co-signer's feedback is recorded but does not move the item.
        item = await w.StepAsync(w.RoadsUnit, item.Id, new TransitionInput { Action = SuggestionAction.Answer, AnswerClass = AnswerClass.A, Text = "已安排今年6月动工。" });
        item = await w.StepAsync(w.Secretary, item.Id, new TransitionInput { Action = SuggestionAction.Feedback, DeputyId = w.Deputies[1].Id, Satisfaction = Satisfaction.BasicallySatisfied });
        Assert.Equal(SuggestionState.Answered, item.State);
        item = await w.StepAsync(w.Secretary, item.Id, new TransitionInput { Action = SuggestionAction.Feedback, Satisfaction = Satisfaction.Satisfied });
        Assert.Equal((SuggestionState.Evaluated, Satisfaction.Satisfied), (item.State, item.LeadSatisfaction));
        item = await w.StepAsync(w.Secretary, item.Id, new TransitionInput { Action = SuggestionAction.Close, Implementation = Implementation.PartlyImplemented });
        item = await w.StepAsync(w.Secretary, item.Id, new TransitionInput { Action = SuggestionAction.UpdateImplementation, Implementation = Implementation.Implemented });
        Assert.Equal((SuggestionState.Closed, Implementation.Implemented), (item.State, item.Implementation));

        await using var db = w.Context(w.Secretary);
        var details = await db.DetailsAsync(item.Id, WorkCalendar.WeekendsOnly);
        Assert.Equal(
            "Submit,Assign,Start,CoUnitOpinion,Answer,Feedback,Answer,Feedback,Feedback,Close,UpdateImplementation",
            string.Join(",", details.Timeline.Select(e => e.Action)));
        Assert.All(details.Timeline, e => Assert.False(string.IsNullOrEmpty(e.UserName)));
        Assert.Contains(details.Timeline, e => e.UserName == "unit01" && e.Action == SuggestionAction.Answer);
        Assert.Equal(4, details.Assignments.Count); // two units, two rounds
        Assert.Equal(3, details.Answers.Count);
        Assert.Equal(["县水利局"], details.Answers.Where(a => !a.IsLeadAnswer).Select(a => a.UnitName));
        // The secretary was told of both answers; the units of the assignment and the re-handling.
        Assert.Equal(2, await db.Notifications.IgnoreQueryFilters().CountAsync(n => n.UserId == w.SecretaryUserId && n.Kind == NotificationKind.Answered));
        Assert.Equal(
            [NotificationKind.Assigned, NotificationKind.Rehandling],
            await db.Notifications.IgnoreQueryFilters().Where(n => n.UserId == w.WaterUserId).OrderBy(n => n.CreatedAtUtc).Select(n => n.Kind).ToListAsync());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StepsOutsideTheTableAreRefusedWithTheAllowedOnes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SuggestionWorld.CreateAsync(database, Today);
        var item = await w.CreateAsync();

        var refused = await Assert.ThrowsAsync<TransitionNotAllowedException>(() =>
            w.StepAsync(w.Secretary, item.Id, new TransitionInput { Action = SuggestionAction.Close, Implementation = Implementation.Implemented }));
        Assert.Equal([SuggestionAction.Accept, SuggestionAction.Assign], refused.Allowed);
        Assert.Contains("可执行的操作：立案（登记）、交办", refused.Message);
        await Assert.ThrowsAsync<TransitionNotAllowedException>(() =>
            w.StepAsync(w.Secretary, item.Id, new TransitionInput { Action = SuggestionAction.Reject, Comment = "x" })); // suggestions are not 不予立案

        item = await w.AssignAsync(item.Id, w.Water);
        // A co-unit cannot answer for the lead unit; the lead cannot post a co-unit opinion; nobody answers twice.
        var co = await Assert.ThrowsAsync<TransitionNotAllowedException>(() =>
            w.StepAsync(w.WaterUnit, item.Id, new TransitionInput { Action = SuggestionAction.Answer, AnswerClass = AnswerClass.A, Text = "x" }));
        Assert.Equal([SuggestionAction.CoUnitOpinion], co.Allowed);
        await Assert.ThrowsAsync<TransitionNotAllowedException>(() =>
            w.StepAsync(w.RoadsUnit, item.Id, new TransitionInput { Action = SuggestionAction.Assign, UnitId = w.School.Id }));
        await Assert.ThrowsAsync<TransitionNotAllowedException>(() =>
            w.StepAsync(w.Secretary, item.Id, new TransitionInput { Action = SuggestionAction.Feedback, Satisfaction = Satisfaction.Satisfied }));
        var invalid = await Assert.ThrowsAsync<DomainValidationException>(() =>
            w.StepAsync(w.RoadsUnit, item.Id, new TransitionInput { Action = SuggestionAction.Answer }));
        Assert.Equal(["AnswerClass", "Text"], invalid.Errors.Select(e => e.Field));
        await w.StepAsync(w.RoadsUnit, item.Id, new TransitionInput { Action = SuggestionAction.Answer, AnswerClass = AnswerClass.C, Text = "资金不足，暂不能解决。" });
        await Assert.ThrowsAsync<TransitionNotAllowedException>(() =>
            w.StepAsync(w.RoadsUnit, item.Id, new TransitionInput { Action = SuggestionAction.Answer, AnswerClass = AnswerClass.A, Text = "x" }));

        // County staff and the chair read but take no step; a unit the item is not assigned to cannot even see it.
        await Assert.ThrowsAsync<TransitionNotAllowedException>(() =>
            w.StepAsync(w.County.CountyViewer, item.Id, new TransitionInput { Action = SuggestionAction.Feedback, Satisfaction = Satisfaction.Satisfied }));
        var school = TownshipScope.HandlingUnit("unit03", Guid.NewGuid(), w.County.County.Id, w.School.Id);
        await Assert.ThrowsAsync<TownshipAccessDeniedException>(() =>
            w.StepAsync(school, item.Id, new TransitionInput { Action = SuggestionAction.Start }));
        // A future date is refused.
        var future = await Assert.ThrowsAsync<DomainValidationException>(() =>
            w.StepAsync(w.Secretary, item.Id, new TransitionInput { Action = SuggestionAction.Feedback, Satisfaction = Satisfaction.Satisfied, OnDate = Today.AddDays(1) }));
        Assert.Equal("OnDate", future.Errors[0].Field);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MotionsNeedFiveDeputiesAndAReviewDecision(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SuggestionWorld.CreateAsync(database, Today);

        var tooFew = await Assert.ThrowsAsync<DomainValidationException>(() => w.CreateAsync(w.Input(coSigners: 3, kind: SuggestionKind.Motion)));
        Assert.Contains("5名以上代表联名", tooFew.Errors.Single().Message);
        var presidium = w.Input(coSigners: 0, kind: SuggestionKind.Motion);
        presidium.LeadDeputyId = null;
        presidium.FromPresidium = true;
        var fromPresidium = await w.CreateAsync(presidium);
        Assert.Equal("", fromPresidium.LeadDeputyName);

        var motion = await w.CreateAsync(w.Input("关于加强农村饮水安全的议案", coSigners: 4, kind: SuggestionKind.Motion));
        Assert.Equal("2026-002", motion.Number);
        await Assert.ThrowsAsync<TransitionNotAllowedException>(() => w.AssignAsync(motion.Id)); // a motion is reviewed first
        var noReason = await Assert.ThrowsAsync<DomainValidationException>(() =>
            w.StepAsync(w.Secretary, motion.Id, new TransitionInput { Action = SuggestionAction.ConvertToSuggestion }));
        Assert.Equal("Comment", noReason.Errors[0].Field);
        motion = await w.StepAsync(w.Secretary, motion.Id, new TransitionInput { Action = SuggestionAction.ConvertToSuggestion, Comment = "不属于本级人大职权范围" });
        Assert.Equal((SuggestionKind.Suggestion, SuggestionState.Registered), (motion.Kind, motion.State));

        var rejected = await w.StepAsync(w.Secretary, fromPresidium.Id, new TransitionInput { Action = SuggestionAction.Reject, Comment = "事项已办结" });
        Assert.Equal(SuggestionState.NotAccepted, rejected.State);

        var bad = await Assert.ThrowsAsync<DomainValidationException>(() => w.CreateAsync(new SuggestionInput { Title = "", Text = "", SubmittedOn = Today.AddDays(1) }));
        Assert.Equal(["Title", "Text", "SubmittedOn", "LeadDeputyId"], bad.Errors.Select(e => e.Field));
        var otherTownship = w.Input();
        otherTownship.CoSignerIds = [w.County.DeputyOfTwo.Id];
        Assert.Contains("不是本乡镇的代表", (await Assert.ThrowsAsync<DomainValidationException>(() => w.CreateAsync(otherTownship))).Message);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AUnitReturnsAMisassignedItemWithinSevenWorkingDaysOnly(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SuggestionWorld.CreateAsync(database, new DateOnly(2026, 11, 27)); // a Friday
        var late = await w.CreateAsync();
        var onTime = await w.CreateAsync();
        await w.AssignAsync(late.Id, w.Water);
        await w.AssignAsync(onTime.Id);

        w.Clock.Today = new DateOnly(2026, 12, 8); // the seventh working day
        var noReason = await Assert.ThrowsAsync<DomainValidationException>(() =>
            w.StepAsync(w.RoadsUnit, onTime.Id, new TransitionInput { Action = SuggestionAction.Return }));
        Assert.Equal("Comment", noReason.Errors[0].Field);
        var returned = await w.StepAsync(w.RoadsUnit, onTime.Id, new TransitionInput { Action = SuggestionAction.Return, Comment = "属县教育局职责" });
        Assert.Equal((SuggestionState.Registered, (Guid?)null), (returned.State, returned.LeadUnitId));

        w.Clock.Today = new DateOnly(2026, 12, 9); // one day too late
        var refused = await Assert.ThrowsAsync<TransitionNotAllowedException>(() =>
            w.StepAsync(w.RoadsUnit, late.Id, new TransitionInput { Action = SuggestionAction.Return, Comment = "不属本单位" }));
        Assert.Equal([SuggestionAction.Start, SuggestionAction.Answer], refused.Allowed);

        // The returned item left the unit's list and goes back for re-assignment with a new deadline.
        await using (var unit = w.Context(w.RoadsUnit))
        {
            Assert.Equal([late.Id], (await unit.SearchAsync(new SuggestionSearch())).Items.Select(i => i.Id));
        }
        var reassigned = await w.StepAsync(w.Secretary, onTime.Id, new TransitionInput { Action = SuggestionAction.Assign, UnitId = w.School.Id });
        Assert.Equal((new DateOnly(2027, 3, 9), new DateOnly(2027, 3, 9)), (reassigned.Deadline, reassigned.FirstDeadline));
        await using var db = w.Context(w.Secretary);
        Assert.Equal(1, await db.Notifications.IgnoreQueryFilters().CountAsync(n => n.UserId == w.SecretaryUserId && n.Kind == NotificationKind.Returned));
        var details = await db.DetailsAsync(onTime.Id, WorkCalendar.WeekendsOnly);
        Assert.Equal("属县教育局职责", details.Assignments.Single(a => a.EndedOn != null).ReturnReason);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AHandlingUnitSeesAndWritesOnlyWhatIsAssignedToIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SuggestionWorld.CreateAsync(database, Today);
        var mine = await w.CreateAsync();
        var notMine = await w.CreateAsync();
        var unassigned = await w.CreateAsync();
        await w.AssignAsync(mine.Id);
        await w.StepAsync(w.Secretary, notMine.Id, new TransitionInput { Action = SuggestionAction.Assign, UnitId = w.Water.Id });

        await using var unit = w.Context(w.RoadsUnit);
        Assert.Equal([mine.Id], await unit.Suggestions.Select(s => s.Id).ToListAsync());
        Assert.Empty(await unit.Deputies.ToListAsync());
        Assert.Empty(await unit.Sessions.ToListAsync());
        Assert.Empty(await unit.Townships.ToListAsync());
        Assert.Equal(3, await unit.Set<SuggestionSigner>().CountAsync()); // the signers of its one item
        Assert.Equal(3, await unit.HandlingUnits.CountAsync());
        var list = await unit.SearchAsync(new SuggestionSearch());
        Assert.Equal("一号镇", list.Items.Single().TownshipName);
        await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => unit.DetailsAsync(notMine.Id, WorkCalendar.WeekendsOnly));
        await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => unit.DetailsAsync(unassigned.Id, WorkCalendar.WeekendsOnly));

        // Beneath the workflow, the change guard refuses a unit's write to anything not assigned to it.
        var other = await unit.Suggestions.IgnoreQueryFilters().SingleAsync(s => s.Id == notMine.Id);
        other.Title = "篡改";
        await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => unit.SaveChangesAsync());
        unit.ChangeTracker.Clear();
        var own = await unit.Suggestions.SingleAsync(s => s.Id == mine.Id);
        unit.Add(new SuggestionFeedback { TownshipId = own.TownshipId, SuggestionId = own.Id, Satisfaction = Satisfaction.Satisfied });
        await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => unit.SaveChangesAsync()); // feedback is the secretary's
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TwoPeopleTakingAStepAtOnceCannotBothSucceed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SuggestionWorld.CreateAsync(database, Today);
        var item = await w.CreateAsync();
        await using var first = w.Context(w.Secretary);
        await using var second = w.Context(w.Secretary);
        await w.Service(first).TransitionAsync(item.Id, new TransitionInput { Action = SuggestionAction.Assign, UnitId = w.Roads.Id }, item.Version);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            w.Service(second).TransitionAsync(item.Id, new TransitionInput { Action = SuggestionAction.Assign, UnitId = w.Water.Id }, item.Version));
        await using var db = w.Context(w.Secretary);
        Assert.Equal(1, await db.SuggestionAssignments.CountAsync(a => a.SuggestionId == item.Id));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OverdueItemsAreListedAndNotifiedOncePerRound(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SuggestionWorld.CreateAsync(database, Today);
        var item = await w.CreateAsync();
        await w.AssignAsync(item.Id);
        var soon = await w.CreateAsync();
        w.Clock.Today = Today.AddMonths(1);
        await w.AssignAsync(soon.Id);

        w.Clock.Today = new DateOnly(2026, 6, 3); // the first item's deadline 2 June has passed; the second's is 2 July
        await using var db = w.Context(w.Secretary);
        Assert.Equal([item.Id], (await db.SearchAsync(new SuggestionSearch { Overdue = true })).Items.Select(i => i.Id));
        Assert.Empty((await db.SearchAsync(new SuggestionSearch { DueSoon = true })).Items);
        w.Clock.Today = new DateOnly(2026, 6, 18);
        Assert.Equal([soon.Id], (await db.SearchAsync(new SuggestionSearch { DueSoon = true })).Items.Select(i => i.Id));

        await using var system = database.Context(TownshipScope.System("reminders"), w.Clock);
        Assert.Equal(1, await SuggestionReminders.NotifyOverdueAsync(system));
        Assert.Equal(0, await SuggestionReminders.NotifyOverdueAsync(system));
        Assert.Equal(1, await db.Notifications.IgnoreQueryFilters().CountAsync(n => n.UserId == w.RoadsUserId && n.Kind == NotificationKind.Overdue));
        Assert.Equal(1, await db.Notifications.IgnoreQueryFilters().CountAsync(n => n.UserId == w.SecretaryUserId && n.Kind == NotificationKind.Overdue));
    }
}

public class SuggestionMergeTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RawItemsMergeIntoOneItemAnsweredToEveryDeputy(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SuggestionWorld.CreateAsync(database, new DateOnly(2026, 3, 2));
        var inputs = Enumerable.Range(0, 3).Select(i =>
        {
            var input = w.Input($"关于修建新民村道路的建议（{i + 1}）", coSigners: 0);
            input.LeadDeputyId = w.Deputies[i].Id;
            input.Source = SuggestionSource.ConstituentContact;
            return input;
        }).ToList();
        var sources = new List<Suggestion>();
        foreach (var input in inputs) sources.Add(await w.CreateAsync(input));
        var assigned = await w.CreateAsync();
        await w.AssignAsync(assigned.Id);

        await using (var db = w.Context(w.Secretary))
        {
            var refused = await Assert.ThrowsAsync<DomainValidationException>(() => w.Service(db).MergeAsync(w.County.One.Id,
                new MergeInput { SourceIds = [sources[0].Id, assigned.Id] }));
            Assert.Contains("只有尚未交办的原件可以并案", refused.Message);
        }
        Suggestion merged;
        await using (var db = w.Context(w.Secretary))
        {
            merged = await w.Service(db).MergeAsync(w.County.One.Id, new MergeInput
            {
                SourceIds = sources.Select(s => s.Id).ToList(), Title = "关于统筹解决新民村道路问题的建议",
            });
        }
        Assert.Equal(("2026-005", 3, SuggestionState.Registered), (merged.Number, merged.MergedSourceCount, merged.State));

        await using (var db = w.Context(w.Secretary))
        {
            var details = await db.DetailsAsync(merged.Id, WorkCalendar.WeekendsOnly);
            Assert.Equal(w.Deputies.Take(3).Select(d => d.Name), details.Signers.Select(s => s.DeputyName)); // answered to each source's deputy
            Assert.Equal(sources.Select(s => s.Number), details.MergedSources.Select(s => s.Number));
            var source = await db.DetailsAsync(sources[1].Id, WorkCalendar.WeekendsOnly);
            Assert.Equal((SuggestionState.Merged, merged.Number), (source.Item.State, source.MergedInto!.Number));
            Assert.Contains(source.Timeline, e => e.Action == SuggestionAction.Merge && e.Summary == $"并入{merged.Number}办理");
            Assert.Empty(source.Allowed);
            // Lists hide the merged-away sources; the figures count the merged item once and report the raw items.
            Assert.Equal(2, (await db.SearchAsync(new SuggestionSearch())).Total);
            var figures = (await db.FiguresAsync(w.County.One.Id, 2026)).Total;
            Assert.Equal((4, 2, 1), (figures.RawReceived, figures.Received, figures.MergedItems));
        }
        merged = await w.AssignAsync(merged.Id);
        Assert.Equal(SuggestionState.Assigned, merged.State);
    }
}
