using Township.Congress.Activities;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Rules;
using Township.Congress.Sessions;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Activities;

/// <summary>What links an activity to the rest: suggestions raised from it, the group's plan, the sessions calendar.</summary>
public partial class ActivityServiceTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ASuggestionRaisedFromAnActivityIsLinkedOnBothSidesOrNotMadeAtAll(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var deputies = await DeputiesAsync(database, county, 2);
        await using var db = database.Context(county.SecretaryOfOne, new FixedClock(Today));
        var visit = await Service(db).CreateAsync(county.One.Id, Visit(ActivityStatus.Held, deputies.Select(d => new AttendanceInput(d.Id, AttendanceStatus.Present))));
        var suggestions = new SuggestionService(db, WorkCalendar.WeekendsOnly);

        var item = await Service(db).RaiseSuggestionAsync(visit.Id, suggestions, new SuggestionInput
        {
            Title = "关于修复新民村村道的建议", Text = "视察发现新民村村道破损严重。", LeadDeputyId = deputies[0].Id, SubmittedOn = VisitDay,
        });

        Assert.Equal(SuggestionSource.Activity, item.Source);
        Assert.Equal(item.Id, Assert.Single((await db.ActivityDetailsAsync(visit.Id)).Suggestions).Id);
        Assert.Equal(visit.Id, (await db.ActivityOfSuggestionAsync(item.Id))?.Id);

        // A suggestion the model refuses (no title) leaves neither an item nor a link behind.
        await Assert.ThrowsAsync<DomainValidationException>(() => Service(db).RaiseSuggestionAsync(visit.Id, suggestions,
            new SuggestionInput { Title = " ", Text = "没有标题", LeadDeputyId = deputies[1].Id, SubmittedOn = VisitDay }));
        db.ChangeTracker.Clear();
        Assert.Single(db.Suggestions);
        Assert.Single((await db.ActivityDetailsAsync(visit.Id)).Suggestions);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnEditAddsDeputiesUnitsAndOpinionsToAStoredActivity(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var deputies = await DeputiesAsync(database, county, 3);
        await using var db = database.Context(county.SecretaryOfOne, new FixedClock(Today));
        var visit = await Service(db).CreateAsync(county.One.Id, Visit(ActivityStatus.Held, [new(deputies[0].Id, AttendanceStatus.Present)]));

        var input = ActivityInput.From(visit);
        input.Participants.AddRange(deputies.Skip(1).Select(d => new AttendanceInput(d.Id, AttendanceStatus.Unmarked)));
        input.Units.Add(new(null, "镇自来水厂"));
        input.Opinions.Add(new OpinionInput("加快村道修复", null, "镇人民政府", VisitDay.AddDays(3)));
        await Service(db).UpdateAsync(visit.Id, input, visit.Version);

        db.ChangeTracker.Clear();
        var stored = await db.ActivityDetailsAsync(visit.Id);
        Assert.Equal(3, stored.Participants.Count);
        Assert.Equal(1, stored.PersonTimes);
        Assert.Equal(["镇交通站", "镇自来水厂"], stored.Activity.Units.OrderBy(u => u.SortOrder).Select(u => u.Name));
        Assert.Equal("镇人民政府", Assert.Single(stored.Activity.Opinions).ReceivingUnitName);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task APlanLineIsDoneWhenAHeldActivityOfItsKindFallsInItsMonthAndCanBeRemoved(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne, new FixedClock(Today));
        var march = await Service(db).AddPlanItemAsync(new(county.GroupOfOne.Id, 2026, 3, "走访困难群众", ActivityKind.GroupActivity));
        var june = await Service(db).AddPlanItemAsync(new(county.GroupOfOne.Id, 2026, 6, "学习新修订的代表法", ActivityKind.Study));
        await Service(db).CreateAsync(county.One.Id, new ActivityInput
        {
            Kind = ActivityKind.GroupActivity, Organiser = ActivityOrganiser.DeputyGroup, GroupId = county.GroupOfOne.Id, Subject = "走访困难群众",
            StartsOn = new(2026, 3, 12), EndsOn = new(2026, 3, 12), Status = ActivityStatus.Held, Places = "新民村",
        });

        var year = Assert.Single(await db.GroupYearsAsync(county.One.Id, 2026, CountyRules.Defaults));
        Assert.Equal("走访困难群众", Assert.Single(year.HeldActivities).Subject);
        Assert.Equal([true, false], year.Plan.Select(year.IsDone));

        var invalid = await Assert.ThrowsAsync<DomainValidationException>(() => Service(db).AddPlanItemAsync(new(county.GroupOfOne.Id, 2026, 13, " ", ActivityKind.Study)));
        Assert.Equal(["Month", "Subject"], invalid.Errors.Select(e => e.Field).Order());

        await Service(db).RemovePlanItemAsync(june.Id, june.Version);
        Assert.Equal(march.Id, Assert.Single(Assert.Single(await db.GroupYearsAsync(county.One.Id, 2026, CountyRules.Defaults)).Plan).Id);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheCalendarGetsTheActivitiesOverlappingItsPeriodButNotTheCancelledOnes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne, new FixedClock(Today));
        var visit = Visit(ActivityStatus.Held, []);
        visit.EndsOn = VisitDay.AddDays(2);
        var held = await Service(db).CreateAsync(county.One.Id, visit);
        var cancelled = await Service(db).CreateAsync(county.One.Id, Visit(ActivityStatus.Planned, []));
        await Service(db).MoveAsync(cancelled.Id, ActivityStatus.Cancelled, cancelled.Version);

        Assert.Equal([held.Id], (await db.ActivitiesBetweenAsync(county.One.Id, VisitDay.AddDays(1), VisitDay.AddDays(1))).Select(a => a.Id));
        Assert.Empty(await db.ActivitiesBetweenAsync(county.One.Id, VisitDay.AddDays(3), VisitDay.AddDays(30)));
        Assert.Equal([held.Id], (await db.ActivitiesBetweenAsync(county.One.Id, DateOnly.MinValue, DateOnly.MaxValue)).Select(a => a.Id));
    }
}
