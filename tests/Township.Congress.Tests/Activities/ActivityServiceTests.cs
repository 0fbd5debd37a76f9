using Township.Congress.Activities;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Rectifications;
using Township.Congress.Rules;
using Township.Congress.Sessions;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Activities;

public partial class ActivityServiceTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly DateOnly VisitDay = new(2026, 10, 15);

    private static ActivityService Service(CongressDbContext db) => new(db, new DocumentOptions());

    /// <summary>Adds deputies in office since 2022 to township One.</summary>
    private static async Task<List<Deputy>> DeputiesAsync(TestDatabase database, SmallCounty county, int count)
    {
        await using var db = database.System();
        var term = db.Terms.Single(t => t.TownshipId == county.One.Id);
        var list = Enumerable.Range(1, count).Select(i => new Deputy
        {
            TownshipId = county.One.Id, TermId = term.Id, Name = $"代表{ChineseNumerals.Format(i)}", NameInitials = "DB",
            StatusSince = new DateOnly(2022, 1, 5),
        }).ToList();
        db.Deputies.AddRange(list);
        await db.SaveChangesAsync();
        return list;
    }

    private static ActivityInput Visit(ActivityStatus status, IEnumerable<AttendanceInput> roll) => new()
    {
        Kind = ActivityKind.Inspection, Organiser = ActivityOrganiser.Presidium, Subject = "视察农村道路建设", StartsOn = VisitDay, EndsOn = VisitDay,
        Status = status, Places = "新民村\n红旗村", Units = [new(null, "镇交通站")], Participants = roll.ToList(),
    };

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PersonTimesCountOnlyDeputiesPresentAtAHeldActivity(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var deputies = await DeputiesAsync(database, county, 8);
        var statuses = new[] { AttendanceStatus.Present, AttendanceStatus.Present, AttendanceStatus.Present, AttendanceStatus.Present,
            AttendanceStatus.Present, AttendanceStatus.Present, AttendanceStatus.OnLeave, AttendanceStatus.Absent };
        await using var db = database.Context(county.SecretaryOfOne, new FixedClock(Today));
        var held = await Service(db).CreateAsync(county.One.Id, Visit(ActivityStatus.Held, deputies.Zip(statuses, (d, s) => new AttendanceInput(d.Id, s))));
        var planned = await Service(db).CreateAsync(county.One.Id, Visit(ActivityStatus.Planned, deputies.Select(d => new AttendanceInput(d.Id, AttendanceStatus.Unmarked))));

        Assert.Equal(6, held.PersonTimes);
        Assert.Equal(0, planned.PersonTimes);
        var list = await db.SearchActivitiesAsync(new ActivitySearch { TownshipId = county.One.Id, Year = 2026 });
        Assert.Equal([(8, 6), (8, 0)], list.Items.OrderByDescending(i => i.PersonTimes).Select(i => (i.Planned, i.PersonTimes)));
        var details = await db.ActivityDetailsAsync(held.Id);
        Assert.Equal(6, details.PersonTimes);

        // The roll call of a planned activity is refused until it is marked held.
        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => Service(db).MarkAsync(planned.Id, deputies[0].Id, AttendanceStatus.Present, planned.Version));
        Assert.Equal(Township.Congress.Resources.ModelText.Activity_NotHeld, refused.Errors.Single().Message);
        var moved = await Service(db).MoveAsync(planned.Id, ActivityStatus.Held, planned.Version);
        moved = await Service(db).MarkAsync(planned.Id, deputies[0].Id, AttendanceStatus.Present, moved.Version);
        Assert.Equal(1, (await db.ActivityDetailsAsync(planned.Id)).PersonTimes);
        Assert.Equal(2, (await db.DeputyActivitiesAsync(deputies[0].Id, 2026)).Count);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AGroupWithFewerHeldActivitiesThanTheRuleIsFlagged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne, new FixedClock(Today));
        ActivityInput GroupVisit(ActivityStatus status, int month) => new()
        {
            Kind = ActivityKind.GroupActivity, Organiser = ActivityOrganiser.DeputyGroup, GroupId = county.GroupOfOne.Id, Subject = "小组活动",
            StartsOn = new(2026, month, 3), EndsOn = new(2026, month, 3), Status = status, Places = "新民村",
        };
        await Service(db).CreateAsync(county.One.Id, GroupVisit(ActivityStatus.Held, 3));
        await Service(db).CreateAsync(county.One.Id, GroupVisit(ActivityStatus.Planned, 12));
        await Service(db).AddPlanItemAsync(new(county.GroupOfOne.Id, 2026, 6, "走访困难群众", ActivityKind.GroupActivity));

        var one = Assert.Single(await db.GroupYearsAsync(county.One.Id, 2026, CountyRules.Defaults));
        Assert.Equal((1, 2, true), (one.Held, one.Required, one.IsShort));
        Assert.Equal("走访困难群众", Assert.Single(one.Plan).Subject);

        await Service(db).CreateAsync(county.One.Id, GroupVisit(ActivityStatus.Held, 9));
        var two = Assert.Single(await db.GroupYearsAsync(county.One.Id, 2026, CountyRules.Defaults));
        Assert.Equal((2, false), (two.Held, two.IsShort));
        Assert.True(Assert.Single(await db.GroupYearsAsync(county.One.Id, 2026, CountyRules.Defaults.With(ActivityRules.GroupHeldPerYear, 3))).IsShort);
        Assert.Equal(0, Assert.Single(await db.GroupYearsAsync(county.One.Id, 2025, CountyRules.Defaults)).Held);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RectificationItemsFromAnActivityShowOnItAndGoWithIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne, new FixedClock(Today));
        var visit = await Service(db).CreateAsync(county.One.Id, Visit(ActivityStatus.Held, []));
        var item = await new RectificationService(db).AddAsync(county.One.Id, RectificationSource.Activity, visit.Id,
            new("村道破损未修复", null, "镇交通站", VisitDay.AddDays(30)));

        Assert.Equal(item.Id, Assert.Single((await db.ActivityDetailsAsync(visit.Id)).Rectifications).Id);
        Assert.Equal(visit.Id, Assert.Single(await new RectificationService(db).OverdueAsync(county.One.Id)).SourceId);

        await Service(db).DeleteAsync(visit.Id, visit.Version);
        Assert.Empty(db.RectificationItems);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnInvalidActivityIsRefusedWithItsFieldsNamed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using (var system = database.System())
        {
            system.HandlingUnits.Add(new HandlingUnit { CountyId = county.County.Id, TownshipId = county.Two.Id, Name = "二号乡农业站" });
            await system.SaveChangesAsync();
        }
        await using var db = database.Context(county.SecretaryOfOne, new FixedClock(Today));
        var otherTownshipsUnit = db.HandlingUnits.Single().Id;
        var input = new ActivityInput
        {
            Kind = ActivityKind.LawEnforcementCheck, Organiser = ActivityOrganiser.DeputyGroup, Subject = " ", StartsOn = VisitDay,
            EndsOn = VisitDay.AddDays(-1), Status = ActivityStatus.Held, Units = [new(otherTownshipsUnit, null)],
            Participants = [new(county.DeputyOfTwo.Id, AttendanceStatus.Present)],
        };
        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => Service(db).CreateAsync(county.One.Id, input));
        Assert.Equal(["EndsOn", "GroupId", "Law", "Participants", "Places", "Subject", "Units"], refused.Errors.Select(e => e.Field).Distinct().Order());
        Assert.Empty(db.Activities);

        var future = Visit(ActivityStatus.Held, []);
        future.StartsOn = future.EndsOn = Today.AddDays(3);
        Assert.Equal("Status", Assert.Single((await Assert.ThrowsAsync<DomainValidationException>(() => Service(db).CreateAsync(county.One.Id, future))).Errors).Field);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ADeputyNotInOfficeOnTheDayIsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var late = (await DeputiesAsync(database, county, 1))[0];
        await using (var system = database.System())
        {
            system.Deputies.Single(d => d.Id == late.Id).TookOfficeOn = VisitDay.AddDays(1);
            await system.SaveChangesAsync();
        }
        await using var db = database.Context(county.SecretaryOfOne, new FixedClock(Today));
        var refused = await Assert.ThrowsAsync<DomainValidationException>(() =>
            Service(db).CreateAsync(county.One.Id, Visit(ActivityStatus.Held, [new(late.Id, AttendanceStatus.Present), new(county.DeputyOfOne.Id, AttendanceStatus.Present)])));
        var error = Assert.Single(refused.Errors);
        Assert.Contains(late.Name, error.Message);
        Assert.Equal("Participants", error.Field);

        var later = Visit(ActivityStatus.Held, [new(late.Id, AttendanceStatus.Present)]);
        later.StartsOn = later.EndsOn = VisitDay.AddDays(1);
        Assert.Equal(1, (await Service(db).CreateAsync(county.One.Id, later)).PersonTimes);
    }
}
