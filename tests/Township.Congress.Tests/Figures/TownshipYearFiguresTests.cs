using Microsoft.EntityFrameworkCore;
using Township.Congress.Activities;
using Township.Congress.Appraisals;
using Township.Congress.Data;
using Township.Congress.Demo;
using Township.Congress.Deputies;
using Township.Congress.Figures;
using Township.Congress.Formatting;
using Township.Congress.LivelihoodProjects;
using Township.Congress.Petitions;
using Township.Congress.Rules;
using Township.Congress.Sessions;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Figures;

/// <summary>
/// The figures of every demo township and year agree with the seeded records counted here one by one in plain LINQ, so a
/// set-based query that groups wrongly or filters the wrong year fails.
/// </summary>
public class TownshipYearFiguresTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheFiguresOfEveryDemoTownshipAndYearAgreeWithTheRecordsCountedOneByOne(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var seed = database.System())
            Assert.True(await DemoSeeder.SeedAsync(seed, passwordIterations: 1000));
        await using var db = database.System();
        var county = await db.Counties.SingleAsync();
        var rules = await new CountyRulesService(db).ForCountyAsync(county.Id);
        var today = ChineseDate.TodayInChina(db.Clock);
        var deputies = await db.Deputies.AsNoTracking().ToListAsync();
        var sessions = await db.Sessions.AsNoTracking().Include(s => s.Attendance).ToListAsync();
        var meetings = await db.PresidiumMeetings.AsNoTracking().ToListAsync();
        var activities = await db.Activities.AsNoTracking().Include(a => a.Participants).ToListAsync();
        var contacts = await db.ConstituentContacts.AsNoTracking().ToListAsync();
        var days = await db.ReceptionDays.AsNoTracking().Include(d => d.Duties).Include(d => d.Visits).ToListAsync();
        var reports = await db.VoterReports.AsNoTracking().ToListAsync();
        var appraisals = await db.Appraisals.AsNoTracking().Include(a => a.Subjects).ToListAsync();
        var projects = await db.LivelihoodProjects.AsNoTracking().ToListAsync();
        var petitions = await db.Petitions.AsNoTracking().ToListAsync();
        var checkedRows = 0;

        foreach (var year in new[] { 2022, 2023, 2024, 2025, 2026 })
        {
            var figures = await db.FiguresAsync(FigureScope.County(county.Id), year);
            Assert.Equal(15, figures.Count);
            foreach (var f in figures)
            {
                var t = f.TownshipId;
                bool InYear(DateOnly d) => d.Year == year;
                var counted = deputies.Where(d => d.TownshipId == t && (d.Status == DeputyStatus.InOffice || d.StatusSince.Year >= year)
                    && (d.TookOfficeOn is null || d.TookOfficeOn.Value.Year <= year)).Select(d => d.Id).ToHashSet();
                Assert.Equal(counted.Count, f.DeputiesInOffice);

                var held = sessions.Where(s => s.TownshipId == t && s.Status != SessionStatus.Planned && s.ActualStart is { } a && InYear(a)).ToList();
                Assert.Equal(held.Count, f.SessionsHeld);
                Assert.Equal(held.Sum(s => s.Attendance.Count), f.SessionRoll);
                Assert.Equal(held.Sum(s => s.Attendance.Count(a => a.Status == AttendanceStatus.Present)), f.SessionPresent);

                var ownMeetings = meetings.Where(m => m.TownshipId == t && InYear(m.Date)).ToList();
                Assert.Equal(ownMeetings.Count, f.PresidiumMeetings);
                Assert.Equal(ownMeetings.Sum(m => m.Attendees.Split('、', StringSplitOptions.RemoveEmptyEntries).Length), f.PresidiumAttendees);

                var ownActivities = activities.Where(a => a.TownshipId == t && a.Status == ActivityStatus.Held && InYear(a.StartsOn)).ToList();
                Assert.Equal(ownActivities.Count, f.ActivitiesHeld);
                Assert.Equal(ownActivities.Sum(a => a.Participants.Count(p => p.Status == AttendanceStatus.Present)), f.ActivityPersonTimes);
                foreach (var kind in Enum.GetValues<ActivityKind>())
                {
                    var ofKind = ownActivities.Where(a => a.Kind == kind).ToList();
                    var row = f.ByKind.FirstOrDefault(k => k.Kind == kind);
                    Assert.Equal(ofKind.Count, row?.Held ?? 0);
                    Assert.Equal(ofKind.Sum(a => a.PersonTimes), row?.PersonTimes ?? 0);
                }
                var trainings = ownActivities.Where(a => a.Kind == ActivityKind.Training).ToList();
                Assert.Equal(trainings.Count, f.Trainings);
                Assert.Equal(trainings.SelectMany(a => a.Participants).Where(p => p.Status == AttendanceStatus.Present).Select(p => p.DeputyId).Distinct().Count(),
                    f.DeputiesTrained);

                var ownDays = days.Where(d => d.TownshipId == t && InYear(d.Date)).ToList();
                Assert.Equal(ownDays.Count, f.ReceptionDays);
                Assert.Equal(ownDays.Sum(d => d.Visits.Count), f.ReceptionVisitors);
                var personTimes = counted.Sum(id => contacts.Where(c => c.DeputyId == id && InYear(c.Date)).Sum(c => c.Constituents)
                    + ownDays.Where(d => d.Duties.Any(x => x.DeputyId == id)).Sum(d => d.Visits.Count));
                Assert.Equal(personTimes, f.VoterContactPersonTimes);

                var ownReports = reports.Where(r => r.TownshipId == t && InYear(r.ReportedOn)).ToList();
                Assert.Equal(ownReports.Count, f.VoterReports);
                Assert.Equal(ownReports.Select(r => r.DeputyId).Distinct().Count(), f.DeputiesReported);

                var ownAppraisals = appraisals.Where(a => a.TownshipId == t && a.Year == year).ToList();
                Assert.Equal(ownAppraisals.Count, f.Appraisals);
                var published = ownAppraisals.Where(a => a.State == AppraisalState.Published).SelectMany(a => a.Subjects)
                    .Select(s => SatisfactionRule.Grade(s.Satisfied, s.BasicallySatisfied, s.Unsatisfied, rules)).ToList();
                Assert.Equal(ownAppraisals.Count(a => a.State == AppraisalState.Published), f.AppraisalsPublished);
                Assert.Equal(published.Count(g => g == SatisfactionGrade.Satisfied), f.SubjectsSatisfied);
                Assert.Equal(published.Count(g => g == SatisfactionGrade.Unsatisfied), f.SubjectsUnsatisfied);

                var ownProjects = projects.Where(p => p.TownshipId == t && p.Year == year).ToList();
                Assert.Equal(ownProjects.Count, f.LivelihoodProjects);
                Assert.Equal(ownProjects.Count(p => p.State == LivelihoodProjectState.Completed), f.LivelihoodCompleted);

                var ownPetitions = petitions.Where(p => p.TownshipId == t && InYear(p.ReceivedOn)).ToList();
                Assert.Equal(ownPetitions.Count, f.Petitions);
                Assert.Equal(ownPetitions.Count(p => p.State == PetitionState.Finished), f.PetitionsFinished);
                Assert.Equal(ownPetitions.Count(p => p.State == PetitionState.Finished && p.FinishedOn <= p.FinishBy.AddDays(p.ExtensionDays)),
                    f.PetitionsFinishedOnTime);
                Assert.Equal(ownPetitions.Count(p => (p.State == PetitionState.Received && today > p.DecideBy)
                    || (p.State == PetitionState.Accepted && today > p.FinishBy.AddDays(p.ExtensionDays))), f.PetitionsOverdue);

                // The suggestion figures are the suggestion feature's own, township by township.
                Assert.Equal((await db.FiguresAsync(t, year)).Total, f.Suggestions);
                checkedRows++;
            }
            var total = TownshipYearFigures.Total(figures, year, "全县");
            Assert.Equal(figures.Sum(f => f.Suggestions.Satisfied), total.Suggestions.SatisfactionRate.Numerator);
        }
        Assert.Equal(75, checkedRows);
        // The demo county is not empty where it matters: the comparisons above compared something.
        var all = await db.FiguresAsync(FigureScope.County(county.Id), 2025);
        Assert.All(all, f => Assert.True(f.SessionsHeld > 0 && f.ActivitiesHeld > 0 && f.Suggestions.Received > 0 && f.Petitions > 0, f.TownshipName));
    }
}
