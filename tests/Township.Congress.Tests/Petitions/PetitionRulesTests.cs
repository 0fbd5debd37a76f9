using Township.Congress.Data;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Model;
using Township.Congress.Petitions;
using Township.Congress.Rules;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Petitions;

public class PetitionRulesTests
{
    [Theory]
    [InlineData("2026-01-31", "2026-02-15", "2026-04-01")] // 15 and 60 calendar days across February
    [InlineData("2028-01-31", "2028-02-15", "2028-03-31")] // leap year: February has 29 days
    [InlineData("2028-02-14", "2028-02-29", "2028-04-14")]
    [InlineData("2026-12-20", "2027-01-04", "2027-02-18")] // across the year end
    public void DueDatesCountCalendarDaysAcrossMonthEnds(string received, string decideBy, string finishBy)
    {
        var (decide, finish) = PetitionRules.DueDates(DateOnly.Parse(received), CountyRules.Defaults);
        Assert.Equal((DateOnly.Parse(decideBy), DateOnly.Parse(finishBy)), (decide, finish));
    }

    [Fact]
    public void TheExtensionMovesTheFinalDeadlineAndOverdueDaysCountFromTheDeadlineThatApplies()
    {
        var (decide, finish) = PetitionRules.DueDates(new DateOnly(2028, 1, 31), CountyRules.Defaults);
        var p = new Petition { VisitorName = "甲", Matter = "乙", ReceivedOn = new DateOnly(2028, 1, 31), DecideBy = decide, FinishBy = finish };
        Assert.Equal(3, PetitionRules.DaysOverdue(p, new DateOnly(2028, 2, 18))); // not decided by Feb 15
        p.State = PetitionState.Accepted;
        Assert.Equal(0, PetitionRules.DaysOverdue(p, new DateOnly(2028, 3, 31)));
        Assert.Equal(1, PetitionRules.DaysOverdue(p, new DateOnly(2028, 4, 1)));
        p.ExtensionDays = 30;
        Assert.Equal(new DateOnly(2028, 4, 30), p.FinalDue);
        Assert.Equal(0, PetitionRules.DaysOverdue(p, new DateOnly(2028, 4, 30)));
        Assert.Equal(2, PetitionRules.DaysOverdue(p, new DateOnly(2028, 5, 2)));
        Assert.True(PetitionRules.ExtensionAllowed(30, CountyRules.Defaults));
        Assert.False(PetitionRules.ExtensionAllowed(31, CountyRules.Defaults));
        Assert.True(PetitionRules.ExtensionAllowed(45, CountyRules.Defaults.With(PetitionRules.MaxExtensionDays, 45)));
        Assert.Equal((new DateOnly(2028, 2, 10), new DateOnly(2028, 3, 1)),
            PetitionRules.DueDates(new DateOnly(2028, 1, 31), CountyRules.Defaults.With(PetitionRules.DecideWithinDays, 10).With(PetitionRules.FinishWithinDays, 30)));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task APetitionIsDecidedExtendedOnceAndListedWhileOverdue(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var unit = new HandlingUnit { CountyId = county.County.Id, Name = "县信访局", Kind = HandlingUnitKind.CountyDepartment };
        await using (var system = database.System())
        {
            system.HandlingUnits.Add(unit);
            await system.SaveChangesAsync();
        }
        var clock = new FixedClock(new DateOnly(2026, 2, 20));
        await using var db = database.Context(county.SecretaryOfOne, clock);
        var service = new PetitionService(db);
        var input = new PetitionInput
        {
            VisitorName = "赵大爷", VisitorPhone = "13900001111", ReceivedOn = new DateOnly(2026, 1, 31), Matter = "村道积水",
            ReceivedByDeputyId = county.DeputyOfOne.Id,
        };

        var petition = await service.CreateAsync(county.One.Id, input);
        Assert.Equal((new DateOnly(2026, 2, 15), new DateOnly(2026, 4, 1)), (petition.DecideBy, petition.FinishBy));
        Assert.Equal(county.DeputyOfOne.Name, petition.ReceivedBy);
        var overdue = await db.SearchPetitionsAsync(new PetitionSearch(county.One.Id, 2026, null, OverdueOnly: true));
        Assert.Equal(5, Assert.Single(overdue.Items).DaysOverdue);

        input.State = PetitionState.Accepted;
        input.DecidedOn = new DateOnly(2026, 2, 10);
        input.UnitId = unit.Id;
        petition = await service.UpdateAsync(petition.Id, input, petition.Version);
        Assert.Empty((await db.SearchPetitionsAsync(new PetitionSearch(county.One.Id, 2026, null, OverdueOnly: true))).Items);

        input.ExtensionDays = 30;
        var noReason = await Assert.ThrowsAsync<DomainValidationException>(() => service.UpdateAsync(petition.Id, input, petition.Version));
        Assert.Equal(nameof(PetitionInput.ExtensionReason), Assert.Single(noReason.Errors).Field);
        input.ExtensionReason = "需协调县交通局现场勘查";
        petition = await service.UpdateAsync(petition.Id, input, petition.Version);
        Assert.Equal(new DateOnly(2026, 5, 1), petition.FinalDue);
        input.ExtensionDays = 20;
        var twice = await Assert.ThrowsAsync<DomainValidationException>(() => service.UpdateAsync(petition.Id, input, petition.Version));
        Assert.Equal(nameof(PetitionInput.ExtensionDays), Assert.Single(twice.Errors).Field);

        clock.Today = new DateOnly(2026, 5, 4);
        var late = Assert.Single((await db.SearchPetitionsAsync(new PetitionSearch(county.One.Id, null, null, OverdueOnly: true))).Items);
        Assert.Equal(3, late.DaysOverdue);

        input.ExtensionDays = 30;
        input.State = PetitionState.Finished;
        input.FinishedOn = new DateOnly(2026, 5, 3);
        input.Result = "已修复排水沟";
        input.Satisfaction = Satisfaction.Satisfied;
        petition = await service.UpdateAsync(petition.Id, input, petition.Version);
        Assert.False(PetitionRules.FinishedOnTime(petition));
        Assert.Empty((await db.SearchPetitionsAsync(new PetitionSearch(county.One.Id, null, null, OverdueOnly: true))).Items);
        Assert.Equal(1, (await db.SearchPetitionsAsync(new PetitionSearch(county.One.Id, 2026, "积水"))).Total);

        var bad = await Assert.ThrowsAsync<DomainValidationException>(() => service.CreateAsync(county.One.Id, new PetitionInput
        {
            ReceivedOn = new DateOnly(2026, 6, 1), State = PetitionState.Accepted, ExtensionDays = 40, VisitorPhone = "abc",
        }));
        Assert.Equal(["DecidedOn", "ExtensionDays", "Matter", "ReceivedBy", "ReceivedOn", "UnitId", "VisitorName", "VisitorPhone"],
            bad.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Equal(1, await db.Petitions.CountAsync());
    }
}
