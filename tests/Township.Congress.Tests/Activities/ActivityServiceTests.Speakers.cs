using Township.Congress.Activities;
using Township.Congress.Data;
using Township.Congress.DeputyRecords;
using Township.Congress.Model;
using Township.Congress.Rules;
using Township.Congress.Sessions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Activities;

/// <summary>Who voiced an activity's opinion: only a deputy present, and it is what keeps a deputy off the silent flag.</summary>
public partial class ActivityServiceTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ADeputyWhoVoicedAnOpinionIsNotSilentAndOnlyADeputyPresentCanHaveVoicedIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var county = await SmallCounty.SeedAsync(database);
        var deputies = await DeputiesAsync(database, county, 3);
        var (speaker, quiet, absent) = (deputies[0].Id, deputies[1].Id, deputies[2].Id);
        await using var db = database.Context(county.SecretaryOfOne, new FixedClock(Today));
        var visit = await Service(db).CreateAsync(county.One.Id, Visit(ActivityStatus.Held,
            [new(speaker, AttendanceStatus.Present), new(quiet, AttendanceStatus.Present), new(absent, AttendanceStatus.Absent)]));

        // Someone not recorded present is refused, in Chinese, and nothing is written.
        var input = ActivityInput.From(visit);
        input.Opinions.Add(new OpinionInput("加快村道修复", null, "镇人民政府", VisitDay.AddDays(3), [absent]));
        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => Service(db).UpdateAsync(visit.Id, input, visit.Version));
        Assert.Contains(refused.Errors, e => e.Field == nameof(ActivityInput.Opinions) && e.Message.Contains("出席", StringComparison.Ordinal));
        db.ChangeTracker.Clear();
        Assert.Empty((await db.ActivityDetailsAsync(visit.Id)).Activity.Opinions);

        input.Opinions[0] = input.Opinions[0] with { SpeakerIds = [speaker, speaker] };
        await Service(db).UpdateAsync(visit.Id, input, visit.Version);
        db.ChangeTracker.Clear();
        var stored = await db.ActivityDetailsAsync(visit.Id);
        var opinion = Assert.Single(stored.Activity.Opinions);
        Assert.Equal([speaker], stored.OpinionSpeakers[opinion.Id]);
        Assert.Equal([deputies[0].Name], stored.SpeakerNames(opinion.Id));

        var records = await db.TownshipRecordsAsync(county.One.Id, VisitDay.Year, null, CountyRules.Defaults);
        bool Silent(Guid id) => records.Single(r => r.DeputyId == id).Flags.Any(f => f.Kind == DeputyFlagKind.Silent);
        Assert.False(Silent(speaker));
        Assert.True(Silent(quiet));
        Assert.Equal(1, records.Single(r => r.DeputyId == speaker).Counts.OpinionsVoiced);

        // An edit through the stored input keeps who voiced it; marking the speaker absent takes them off the opinion.
        var edit = ActivityInput.From(stored.Activity, stored.OpinionSpeakers);
        edit.Findings = "村道破损";
        var edited = await Service(db).UpdateAsync(visit.Id, edit, stored.Activity.Version);
        db.ChangeTracker.Clear();
        Assert.Equal([speaker], (await db.ActivityDetailsAsync(visit.Id)).OpinionSpeakers.Values.Single());
        await Service(db).MarkAsync(visit.Id, speaker, AttendanceStatus.Absent, edited.Version);
        db.ChangeTracker.Clear();
        Assert.Empty((await db.ActivityDetailsAsync(visit.Id)).OpinionSpeakers);
        records = await db.TownshipRecordsAsync(county.One.Id, VisitDay.Year, null, CountyRules.Defaults);
        Assert.True(Silent(speaker));
    }
}
