using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.DeputyRecords;
using Township.Congress.Rules;
using Township.Congress.Sessions;
using Township.Congress.Security;
using Township.Congress.Testing.DeputyRecords;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.DeputyRecords;

public class DeputyRecordTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AKnownYearGivesEveryCountDaysPointsBandAndFlagExactly(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var known = await KnownYear.SeedAsync(database, county);
        await using var db = database.Context(county.SecretaryOfOne);
        var records = await db.TownshipRecordsAsync(known.TownshipId, KnownYear.Year, null, CountyRules.Defaults);

        var a = records.Single(r => r.DeputyId == known.Active);
        Assert.Equal(new DeputyRecordCounts(
            SessionsHeld: 3, SessionsAttended: 1, SessionsOnLeave: 1, SessionsAbsent: 1,
            ActivitiesAttended: 2, ActivitiesOnLeave: 1, ActivitiesAbsent: 1,
            InspectionsAttended: 1, Trainings: 0, GroupActivities: 1, MeetingsAttended: 0, OpinionsVoiced: 1,
            SuggestionsLed: 1, SuggestionsCoSigned: 1, PersonTimes: 7, ReceptionDays: 2, OwnContacts: 1,
            ReportsToVoters: 1, ReportsInTerm: 1, DeclaredApproved: 1,
            // 3-8, 3-9 (session), 4-10, 4-11 (inspection), 7-5 (group), 2-15, 10-15 (receptions), 11-2 (declared).
            DaysOnDuty: 8, AbsentHalfDays: 0, AbsentDays: 1), a.Counts);
        Assert.Equal([AttendanceStatus.Present, AttendanceStatus.OnLeave, AttendanceStatus.Absent], a.Sessions.Select(s => s.Status));
        Assert.Equal(4, a.Activities.Count);
        Assert.Equal(["1", "2"], a.Suggestions.Select(s => s.Number.Split('-')[1].TrimStart('0')));
        Assert.Equal("满意", a.Suggestions[0].SatisfactionLabel);
        Assert.Equal([2, 3, 4, 7, 8, 9, 10, 11], a.Calendar.Where(m => m.Items > 0).Select(m => m.Month));
        Assert.Equal(12, a.Calendar.Count);

        var p = a.Points!;
        Assert.Equal(60, p.Base);
        Assert.Equal(new Dictionary<PointsKind, int>
        {
            [PointsKind.SuggestionLed] = 3, [PointsKind.SuggestionCoSigned] = 1, [PointsKind.InspectionAttended] = 3,
            [PointsKind.OtherActivityAttended] = 1, [PointsKind.ReceptionDay] = 4, [PointsKind.ReportToVoters] = 5,
            [PointsKind.DeclaredItem] = 1, [PointsKind.AbsentHalfDay] = 0, [PointsKind.AbsentDay] = -3,
        }, p.Lines.ToDictionary(l => l.Kind, l => l.Points));
        Assert.Equal(75, p.Total);
        Assert.Equal(PointsBand.Good, p.Band);
        Assert.Equal(1, p.Rank);
        Assert.Equal([DeputyFlagKind.FewDaysOnDuty, DeputyFlagKind.ContactShort], a.Flags.Select(f => f.Kind));
        Assert.Contains("10", a.Flags[0].Rule);

        var b = records.Single(r => r.DeputyId == known.Absentee);
        Assert.Equal((3, 2, 2, 1), (b.Counts.SessionsHeld, b.Counts.SessionsAbsent, b.Counts.AbsentHalfDays, b.Counts.AbsentDays));
        Assert.Equal(59, b.Points!.Total);
        Assert.Equal(PointsBand.Fail, b.Points.Band);
        Assert.Equal(3, b.Points.Rank);
        Assert.Equal([DeputyFlagKind.FewDaysOnDuty, DeputyFlagKind.ContactShort, DeputyFlagKind.NoReportInTerm,
            DeputyFlagKind.AbsentWithoutLeave, DeputyFlagKind.LowestBandTwice], b.Flags.Select(f => f.Kind));

        // Took office on 2025-06-01: only the two sessions held since count, and none of them as absent.
        var c = records.Single(r => r.DeputyId == known.Newcomer);
        Assert.Equal((2, 2, 0), (c.Counts.SessionsHeld, c.Counts.SessionsAttended, c.Counts.SessionsAbsent));
        Assert.Equal((60, PointsBand.Pass, 2), (c.Points!.Total, c.Points.Band, c.Points.Rank));
        Assert.Equal([DeputyFlagKind.FewDaysOnDuty, DeputyFlagKind.Silent, DeputyFlagKind.ContactShort, DeputyFlagKind.NoReportInTerm],
            c.Flags.Select(f => f.Kind));

        // The one deputy's record is the same as the township's row; the term record counts the term's sessions held in office.
        var single = await db.DeputyRecordAsync(known.Active, KnownYear.Year, CountyRules.Defaults);
        Assert.Equal(a.Counts, single.Counts);
        Assert.Equal(75, single.Points!.Total);
        var term = await db.DeputyRecordAsync(known.Newcomer, null, CountyRules.Defaults);
        Assert.Equal(2, term.Counts.SessionsHeld);
        Assert.Null(term.Points);
        Assert.Equal(4, (await db.DeputyRecordAsync(known.Absentee, null, CountyRules.Defaults)).Counts.SessionsHeld);
    }

    /// <summary>A deputy who left office the year before is no deputy of this year: not listed, not flagged as silent.</summary>
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ADeputyOutOfOfficeAllYearIsNotInThatYearsRecords(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var known = await KnownYear.SeedAsync(database, county);
        Guid left;
        await using (var seed = database.System())
        {
            var term = seed.Terms.Single(t => t.TownshipId == known.TownshipId);
            var deputy = new Deputy
            {
                TownshipId = known.TownshipId, TermId = term.Id, Name = "赵春生", Status = DeputyStatus.Resigned,
                StatusSince = new DateOnly(KnownYear.Year - 1, 9, 1),
            };
            seed.Deputies.Add(deputy);
            await seed.SaveChangesAsync();
            left = deputy.Id;
        }
        await using var db = database.Context(county.SecretaryOfOne);

        Assert.DoesNotContain(await db.TownshipRecordsAsync(known.TownshipId, KnownYear.Year, null, CountyRules.Defaults), r => r.DeputyId == left);
        Assert.Contains(await db.TownshipRecordsAsync(known.TownshipId, KnownYear.Year - 1, null, CountyRules.Defaults), r => r.DeputyId == left);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AChangedSchemeRescoresTheYearAndAFrozenYearStaysAsPublished(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var known = await KnownYear.SeedAsync(database, county);
        async Task<int> ScoreOfActive()
        {
            await using var db = database.Context(county.SecretaryOfOne);
            var rules = await new CountyRulesService(db).ForTownshipAsync(known.TownshipId);
            return (await db.TownshipRecordsAsync(known.TownshipId, KnownYear.Year, null, rules)).Single(r => r.DeputyId == known.Active).Points!.Total;
        }
        async Task SetReportPoints(decimal value, long version)
        {
            await using var admin = database.Context(TownshipScope.Administrator("admin", Guid.NewGuid()));
            await new CountyRulesService(admin).SetAsync(county.County.Id, PointsScheme.ReportToVoters.Key, value, version);
        }

        Assert.Equal(75, await ScoreOfActive());
        await SetReportPoints(10, 0);
        Assert.Equal(80, await ScoreOfActive());

        await using (var secretary = database.Context(county.SecretaryOfOne))
        {
            var frozen = await new DeputyRecordService(secretary).FreezeAsync(known.TownshipId, KnownYear.Year);
            Assert.Equal(3, frozen.Scores.Count);
            var again = await Assert.ThrowsAsync<Model.DomainValidationException>(() => new DeputyRecordService(secretary).FreezeAsync(known.TownshipId, KnownYear.Year));
            Assert.Equal("Year", again.Errors[0].Field);
        }
        await SetReportPoints(5, 1);
        Assert.Equal(80, await ScoreOfActive());
        await using (var db = database.Context(county.SecretaryOfOne))
        {
            var record = await db.DeputyRecordAsync(known.Active, KnownYear.Year, CountyRules.Defaults);
            Assert.True(record.Points!.Frozen);
            Assert.Equal(10, record.Points.Lines.Single(l => l.Kind == PointsKind.ReportToVoters).Points);
            // A quarter of the frozen year is computed, by the scheme now in force: it is not the published table.
            var q3 = (await db.TownshipRecordsAsync(known.TownshipId, KnownYear.Year, 3, CountyRules.Defaults)).Single(r => r.DeputyId == known.Active);
            Assert.False(q3.Points!.Frozen);
            Assert.Equal(new DateOnly(2025, 9, 30), q3.Period.To);
        }
    }

    [Fact]
    public void CapsLimitAKindAndBandsFollowTheThresholds()
    {
        var counts = new DeputyRecordCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, SuggestionsLed: 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        var capped = CountyRules.Defaults.With(PointsScheme.SuggestionLedCap, 12);
        Assert.Equal(90, PointsScheme.Score(counts, CountyRules.Defaults).Total);
        Assert.Equal(72, PointsScheme.Score(counts, capped).Total);
        Assert.Equal(PointsBand.Excellent, PointsScheme.BandOf(85, CountyRules.Defaults));
        Assert.Equal(PointsBand.Good, PointsScheme.BandOf(84, CountyRules.Defaults));
        Assert.Equal(PointsBand.Fail, PointsScheme.BandOf(59, CountyRules.Defaults));
        Assert.Equal([1, 1, 3], PointsScheme.Ranks([(Guid.Empty, 5), (Guid.NewGuid(), 5), (Guid.NewGuid(), 4)]).Values.Order());
    }
}
