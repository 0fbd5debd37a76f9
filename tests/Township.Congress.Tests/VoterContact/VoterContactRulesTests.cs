using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.LiaisonStations;
using Township.Congress.Model;
using Township.Congress.Rules;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.VoterContact;

namespace Township.Congress.Tests.VoterContact;

public class VoterContactRulesTests
{
    private static readonly DateOnly Day = new(2025, 6, 10);

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(7, false)]
    public void ANoticePostedFewerThanThreeDaysAheadIsLate(int daysAhead, bool late) =>
        Assert.Equal(late, VoterContactRules.NoticeIsLate(Day, Day.AddDays(-daysAhead), Day.AddDays(30), CountyRules.Defaults));

    [Fact]
    public void ANoticeNotPostedIsLateOnlyOnceThreeDaysBeforeHavePassed()
    {
        Assert.False(VoterContactRules.NoticeIsLate(Day, null, Day.AddDays(-3), CountyRules.Defaults));
        Assert.True(VoterContactRules.NoticeIsLate(Day, null, Day.AddDays(-2), CountyRules.Defaults));
    }

    [Fact]
    public void TheNoticeLeadIsACountySetting() =>
        Assert.False(VoterContactRules.NoticeIsLate(Day, Day.AddDays(-2), Day, CountyRules.Defaults.With(VoterContactRules.NoticeDaysAhead, 2)));

    [Theory]
    [InlineData(9, true)]
    [InlineData(10, false)]
    public void TenPersonTimesMeetTheContactTarget(int personTimes, bool shortOfIt) =>
        Assert.Equal(shortOfIt, VoterContactRules.ContactIsShort(personTimes, CountyRules.Defaults));

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void TwoDutyDaysMeetTheDutyTarget(int days, bool shortOfIt) =>
        Assert.Equal(shortOfIt, VoterContactRules.DutyIsShort(days, CountyRules.Defaults));

    /// <summary>
    /// Deputy 1: 5 constituents met + 4 visitors on the one duty day = 9 person-times, 1 duty day (both short).
    /// Deputy 2: 6 + 4 = 10 person-times, 2 duty days (neither short): the targets at their edges, from stored records.
    /// </summary>
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TargetsCountOwnContactsAndVisitorsOnDutyDaysAtTheirEdges(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (one, two) = await TwoDeputiesAsync(db, county);
        var service = new VoterContactService(db, WorkCalendar.WeekendsOnly);
        var station = await StationAsync(db, county);
        await service.CreateReceptionAsync(county.One.Id, Reception(station, Day, [one, two],
            Enumerable.Range(1, 4).Select(n => new VisitInput { Matter = $"反映事项{n}", VillageId = county.VillageOfOne.Id }).ToList()));
        await service.CreateReceptionAsync(county.One.Id, Reception(station, Day.AddMonths(1), [two], []));
        await service.CreateContactAsync(county.One.Id, new ContactInput { DeputyId = one, Date = Day, Constituents = 5, Raised = "道路维修" });
        await service.CreateContactAsync(county.One.Id, new ContactInput { DeputyId = two, Date = Day, Constituents = 6, Raised = "饮水安全" });
        // Another year's contact counts for that year only.
        await service.CreateContactAsync(county.One.Id, new ContactInput { DeputyId = one, Date = Day.AddYears(-1), Constituents = 30, Raised = "往年" });

        var figures = await db.ContactTargetsAsync(county.One.Id, 2025, CountyRules.Defaults);

        var first = figures.Single(f => f.DeputyId == one);
        Assert.Equal((5, 4, 9, 1, true, true), (first.ConstituentsMet, first.VisitorsOnDuty, first.PersonTimes, first.DutyDays, first.ContactShort, first.DutyShort));
        var second = figures.Single(f => f.DeputyId == two);
        Assert.Equal((6, 4, 10, 2, false, false), (second.ConstituentsMet, second.VisitorsOnDuty, second.PersonTimes, second.DutyDays, second.ContactShort, second.DutyShort));
        Assert.True(figures.ToList().IndexOf(first) < figures.ToList().IndexOf(second), "those short of a target come first");
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AMatterMadeIntoASuggestionRegistersTheItemLedByTheDutyDeputyAndLinksIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (one, _) = await TwoDeputiesAsync(db, county);
        var service = new VoterContactService(db, WorkCalendar.WeekendsOnly);
        var day = await service.CreateReceptionAsync(county.One.Id, Reception(await StationAsync(db, county), Day, [one], []));

        var visit = await service.AddVisitAsync(day.Id, new VisitInput
        {
            VisitorName = "刘大爷", VillageId = county.VillageOfOne.Id, ContactPhone = "13900001111",
            Matter = "新民村村口路灯损坏，夜间出行不便", Disposition = ReceptionDisposition.MadeSuggestion,
        });

        var item = Assert.Single(db.Suggestions.Where(s => s.Id == visit.SuggestionId));
        Assert.Equal((one, SuggestionSource.ConstituentContact, Day), (item.LeadDeputyId!.Value, item.Source, item.SubmittedOn));
        Assert.StartsWith("代表接待日", item.SourceNote);
        var source = await db.ReceptionOfSuggestionAsync(item.Id);
        Assert.Equal(day.Id, source!.ReceptionId);
        var details = await db.ReceptionDetailsAsync(day.Id, CountyRules.Defaults);
        Assert.Equal(item.Number, Assert.Single(details.Visits).SuggestionNumber);
        Assert.Equal("13900001111", details.Visits[0].ContactPhone);
        await using var chair = database.Context(county.ChairOfOne);
        Assert.Equal("139****1111", Assert.Single((await chair.ReceptionDetailsAsync(day.Id, CountyRules.Defaults)).Visits).ContactPhone);
        // The link is kept: the visit cannot be dropped from the day.
        var refused = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.UpdateReceptionAsync(day.Id, Reception(day.StationId, Day, [one], []), db.ReceptionDays.Single().Version));
        Assert.Contains(refused.Errors, e => e.Field == "Visits");
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AReceptionIsRefusedWithChineseMessagesAndNoticeLatenessIsListed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (one, _) = await TwoDeputiesAsync(db, county);
        var service = new VoterContactService(db, WorkCalendar.WeekendsOnly);
        var station = await StationAsync(db, county);
        var otherVillage = db.Villages.IgnoreQueryFilters().Single(v => v.TownshipId == county.Two.Id).Id;

        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => service.CreateReceptionAsync(county.One.Id,
            Reception(station, Day, [county.DeputyOfTwo.Id], [new VisitInput { Matter = " ", VillageId = otherVillage }])));
        Assert.Equal(["DutyDeputyIds", "Visits[0].Matter", "Visits[0].VillageId"], refused.Errors.Select(e => e.Field).Order());
        Assert.Contains("反映事项", refused.Errors.Single(e => e.Field == "Visits[0].Matter").Message);

        var late = Reception(station, Day, [one], []);
        late.NoticePostedOn = Day.AddDays(-2);
        await service.CreateReceptionAsync(county.One.Id, late);
        var onTime = Reception(station, Day.AddMonths(1), [one], []);
        onTime.NoticePostedOn = Day.AddMonths(1).AddDays(-3);
        await service.CreateReceptionAsync(county.One.Id, onTime);
        var listed = await db.SearchReceptionsAsync(new ReceptionSearch { TownshipId = county.One.Id, Year = 2025 }, CountyRules.Defaults);
        Assert.Equal([false, true], listed.Items.Select(i => i.NoticeLate));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheAuditNamesReceptionDaysVisitsAndContactsAndMasksTheVisitorsPhone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        await using var db = database.Context(county.SecretaryOfOne);
        var (one, _) = await TwoDeputiesAsync(db, county);
        var service = new VoterContactService(db, WorkCalendar.WeekendsOnly);
        await service.CreateReceptionAsync(county.One.Id, Reception(await StationAsync(db, county), Day, [one],
            [new VisitInput { Matter = "路灯损坏", ContactPhone = "13900001111" }]));
        await service.CreateContactAsync(county.One.Id, new ContactInput { DeputyId = one, Date = Day, Constituents = 3, Raised = "饮水" });

        await using var chair = database.Context(county.ChairOfOne);
        var rows = await chair.AuditEntries.Where(a => a.EntityType == "ReceptionDay" || a.EntityType == "ReceptionVisit" || a.EntityType == "ConstituentContact")
            .ToListAsync();
        var names = await global::Township.Congress.Auditing.AuditRecordNames.ResolveAsync(chair, rows.Select(r => (r.EntityType, Guid.Parse(r.EntityKey))));
        Assert.Equal("一号镇人大代表之家 2025年6月10日", names[("ReceptionDay", Guid.Parse(rows.Single(r => r.EntityType == "ReceptionDay").EntityKey))]);
        Assert.Equal("一号镇人大代表之家 2025年6月10日", names[("ReceptionVisit", Guid.Parse(rows.Single(r => r.EntityType == "ReceptionVisit").EntityKey))]);
        Assert.StartsWith(db.Deputies.Single(d => d.Id == one).Name, names[("ConstituentContact", Guid.Parse(rows.Single(r => r.EntityType == "ConstituentContact").EntityKey))]);
        Assert.DoesNotContain(rows, r => r.Changes.Contains("13900001111"));
    }

    private static ReceptionInput Reception(Guid station, DateOnly date, List<Guid> duty, List<VisitInput> visits) => new()
    {
        StationId = station, Date = date, NoticePostedOn = date.AddDays(-5), DutyDeputyIds = duty, Visits = visits,
    };

    private static async Task<Guid> StationAsync(CongressDbContext db, SmallCounty county) =>
        (await new LiaisonStationService(db).SaveAsync(county.One.Id, null, new StationInput { Name = "一号镇人大代表之家", Venue = "镇政府二楼" }, 0)).Id;

    private static async Task<(Guid, Guid)> TwoDeputiesAsync(CongressDbContext db, SmallCounty county)
    {
        var ids = await db.Deputies.Where(d => d.TownshipId == county.One.Id).OrderBy(d => d.Id).Select(d => d.Id).Take(2).ToListAsync();
        return (ids[0], ids[1]);
    }
}
