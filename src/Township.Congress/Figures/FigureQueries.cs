using Microsoft.EntityFrameworkCore;
using Township.Congress.Activities;
using Township.Congress.Appraisals;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Formatting;
using Township.Congress.LivelihoodProjects;
using Township.Congress.Petitions;
using Township.Congress.PresidiumMeetings;
using Township.Congress.Rules;
using Township.Congress.Sessions;
using Township.Congress.Suggestions;
using Township.Congress.VoterContact;

namespace Township.Congress.Figures;

/// <summary>
/// The year's figures of every township in a scope, each query grouped by township (never one query per township), each
/// figure by its feature's own rule (<see cref="SuggestionFigures.Of"/>, <see cref="VoterContactRules.PersonTimes"/>,
/// <see cref="PetitionRules"/>, <see cref="SatisfactionRule"/>, <see cref="Activity.PersonTimes"/>'s definition).
/// </summary>
public static class FigureQueries
{
    public static async Task<IReadOnlyList<TownshipYearFigures>> FiguresAsync(this CongressDbContext db, FigureScope scope, int year,
        CancellationToken ct = default) => (await FiguresWithItemsAsync(db, scope, year, ct)).Figures;

    /// <summary>The figures and the year's suggestion rows they were computed from (the county dashboard ranks the units on them).</summary>
    internal static async Task<(IReadOnlyList<TownshipYearFigures> Figures, IReadOnlyList<FigureRow> Items)> FiguresWithItemsAsync(
        CongressDbContext db, FigureScope scope, int year, CancellationToken ct)
    {
        var townshipQuery = db.Townships.AsNoTracking();
        if (scope.CountyId is { } c) townshipQuery = townshipQuery.Where(t => t.CountyId == c);
        if (scope.TownshipId is { } one) townshipQuery = townshipQuery.Where(t => t.Id == one);
        var townships = await townshipQuery.OrderBy(t => t.Number).Select(t => new { t.Id, t.Name, t.Number, t.CountyId }).ToListAsync(ct);
        if (townships.Count == 0) return ([], []);
        var ids = townships.Select(t => t.Id).ToList();
        var rules = await new CountyRulesService(db).ForCountyAsync(townships[0].CountyId, ct);
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var today = ChineseDate.TodayInChina(db.Clock);

        var counted = db.Deputies.AsNoTracking().Where(d => ids.Contains(d.TownshipId)).Where(DeputyYears.InOfficeDuring(year));
        var inOffice = await counted.GroupBy(d => d.TownshipId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

        // Sessions held: opened (in session or closed) on a day of the year; attendance over their rolls.
        var held = db.Sessions.AsNoTracking().Where(s => ids.Contains(s.TownshipId) && s.Status != SessionStatus.Planned
            && s.ActualStart >= start && s.ActualStart <= end);
        var sessions = await held.GroupBy(s => s.TownshipId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        // Each join also names the townships on its own side, so an index by township serves it (the scope filter alone, an OR
        // with the "unrestricted" parameter, does not): the grouping keys are those townships anyway.
        var rolls = await db.Set<SessionAttendance>().AsNoTracking().Where(a => ids.Contains(a.TownshipId))
            .Join(held, a => a.SessionId, s => s.Id, (a, s) => a)
            .GroupBy(a => a.TownshipId).Select(g => new { g.Key, Roll = g.Count(), Present = g.Count(a => a.Status == AttendanceStatus.Present) })
            .ToDictionaryAsync(x => x.Key, ct);

        var meetings = (await db.PresidiumMeetings.AsNoTracking().Where(m => ids.Contains(m.TownshipId) && m.Date >= start && m.Date <= end)
            .Select(m => new { m.TownshipId, m.Attendees, m.Absentees }).ToListAsync(ct)).ToLookup(m => m.TownshipId);

        // Activities: held ones started in the year; person-times are the participants marked present (Activity.PersonTimes).
        var activities = db.Activities.AsNoTracking().Where(a => ids.Contains(a.TownshipId) && a.Status == ActivityStatus.Held
            && a.StartsOn >= start && a.StartsOn <= end);
        var kinds = await activities.GroupBy(a => new { a.TownshipId, a.Kind }).Select(g => new { g.Key.TownshipId, g.Key.Kind, Count = g.Count() })
            .ToListAsync(ct);
        var present = db.Set<ActivityParticipant>().AsNoTracking().Where(p => ids.Contains(p.TownshipId) && p.Status == AttendanceStatus.Present)
            .Join(activities, p => p.ActivityId, a => a.Id, (p, a) => new { a.TownshipId, a.Kind, p.DeputyId });
        var personTimes = await present.GroupBy(x => new { x.TownshipId, x.Kind }).Select(g => new { g.Key.TownshipId, g.Key.Kind, Count = g.Count() })
            .ToListAsync(ct);
        var trained = (await present.Where(x => x.Kind == ActivityKind.Training).Select(x => new { x.TownshipId, x.DeputyId }).Distinct().ToListAsync(ct))
            .ToLookup(x => x.TownshipId);

        // Voter contact: the deputies counted by the contact targets, their own contacts plus the visitors of their duty days.
        var met = await db.ConstituentContacts.AsNoTracking().Where(x => ids.Contains(x.TownshipId) && x.Date >= start && x.Date <= end)
            .Join(counted, x => x.DeputyId, d => d.Id, (x, d) => x)
            .GroupBy(x => x.TownshipId).Select(g => new { g.Key, Sum = g.Sum(x => x.Constituents) }).ToDictionaryAsync(x => x.Key, x => x.Sum, ct);
        var days = await db.ReceptionDays.AsNoTracking().Where(d => ids.Contains(d.TownshipId) && d.Date >= start && d.Date <= end)
            .Select(d => new { d.Id, d.TownshipId, Visitors = d.Visits.Count() }).ToDictionaryAsync(d => d.Id, ct);
        var duties = await db.Set<ReceptionDuty>().AsNoTracking().Where(x => ids.Contains(x.TownshipId))
            .Join(counted, x => x.DeputyId, d => d.Id, (x, d) => x)
            .Join(db.ReceptionDays.Where(d => ids.Contains(d.TownshipId) && d.Date >= start && d.Date <= end), x => x.ReceptionDayId, d => d.Id, (x, d) => new { d.TownshipId, DayId = d.Id })
            .ToListAsync(ct);

        var reports = (await db.VoterReports.AsNoTracking().Where(r => ids.Contains(r.TownshipId) && r.ReportedOn >= start && r.ReportedOn <= end)
            .Select(r => new { r.TownshipId, r.DeputyId }).ToListAsync(ct)).ToLookup(r => r.TownshipId);

        var appraisals = await db.Appraisals.AsNoTracking().Where(a => ids.Contains(a.TownshipId) && a.Year == year)
            .GroupBy(a => a.TownshipId).Select(g => new { g.Key, Count = g.Count(), Published = g.Count(a => a.State == AppraisalState.Published) })
            .ToDictionaryAsync(x => x.Key, ct);
        var grades = (await db.Set<AppraisalSubject>().AsNoTracking()
            .Join(db.Appraisals.Where(a => ids.Contains(a.TownshipId) && a.Year == year && a.State == AppraisalState.Published),
                s => s.AppraisalId, a => a.Id, (s, a) => new { s.TownshipId, s.Satisfied, s.BasicallySatisfied, s.Unsatisfied })
            .ToListAsync(ct)).ToLookup(s => s.TownshipId, s => SatisfactionRule.Grade(s.Satisfied, s.BasicallySatisfied, s.Unsatisfied, rules));

        var projects = await db.LivelihoodProjects.AsNoTracking().Where(p => ids.Contains(p.TownshipId) && p.Year == year)
            .GroupBy(p => p.TownshipId).Select(g => new
            {
                g.Key, Count = g.Count(), Completed = g.Count(p => p.State == LivelihoodProjectState.Completed),
                CarriedOver = g.Count(p => p.State == LivelihoodProjectState.CarriedOver),
            }).ToDictionaryAsync(x => x.Key, ct);

        var petitions = (await db.Petitions.AsNoTracking().Where(p => ids.Contains(p.TownshipId) && p.ReceivedOn >= start && p.ReceivedOn <= end)
            .Select(p => new { p.TownshipId, p.State, p.DecideBy, p.FinishBy, p.ExtensionDays, p.FinishedOn }).ToListAsync(ct))
            .Select(p => new Petition
            {
                TownshipId = p.TownshipId, VisitorName = "", Matter = "", State = p.State, DecideBy = p.DecideBy, FinishBy = p.FinishBy,
                ExtensionDays = p.ExtensionDays, FinishedOn = p.FinishedOn,
            }).ToLookup(p => p.TownshipId);

        var itemRows = await db.Suggestions.AsNoTracking().Where(s => ids.Contains(s.TownshipId) && s.Year == year).FigureRows().ToListAsync(ct);
        var items = itemRows.ToLookup(r => r.TownshipId);

        var flagged = await FigureRollups.ReadAsync(db, ids, year, FigureRollups.DeputiesFlagged, ct);

        var figures = townships.Select(t =>
        {
            var byKind = kinds.Where(k => k.TownshipId == t.Id).OrderBy(k => k.Kind)
                .Select(k => new KindFigures(k.Kind, k.Count, personTimes.FirstOrDefault(p => p.TownshipId == t.Id && p.Kind == k.Kind)?.Count ?? 0))
                .ToList();
            var ownDays = days.Values.Where(d => d.TownshipId == t.Id).ToList();
            var visitorsOnDuty = duties.Where(x => x.TownshipId == t.Id).Sum(x => days.TryGetValue(x.DayId, out var d) ? d.Visitors : 0);
            var ownMeetings = meetings[t.Id].ToList();
            var ownPetitions = petitions[t.Id].ToList();
            var ownGrades = grades[t.Id].ToList();
            return new TownshipYearFigures(t.Id, t.Name, t.Number, year)
            {
                DeputiesInOffice = inOffice.GetValueOrDefault(t.Id),
                SessionsHeld = sessions.GetValueOrDefault(t.Id),
                SessionRoll = rolls.GetValueOrDefault(t.Id)?.Roll ?? 0,
                SessionPresent = rolls.GetValueOrDefault(t.Id)?.Present ?? 0,
                PresidiumMeetings = ownMeetings.Count,
                PresidiumAttendees = ownMeetings.Sum(m => PresidiumAttendance.Names(m.Attendees)),
                PresidiumAbsentees = ownMeetings.Sum(m => PresidiumAttendance.Names(m.Absentees)),
                ActivitiesHeld = byKind.Sum(k => k.Held),
                ActivityPersonTimes = byKind.Sum(k => k.PersonTimes),
                ByKind = byKind,
                Trainings = byKind.Where(k => k.Kind == ActivityKind.Training).Sum(k => k.Held),
                DeputiesTrained = trained[t.Id].Count(),
                VoterContactPersonTimes = VoterContactRules.PersonTimes(met.GetValueOrDefault(t.Id), visitorsOnDuty),
                ReceptionDays = ownDays.Count,
                ReceptionVisitors = ownDays.Sum(d => d.Visitors),
                VoterReports = reports[t.Id].Count(),
                DeputiesReported = reports[t.Id].Select(r => r.DeputyId).Distinct().Count(),
                Appraisals = appraisals.GetValueOrDefault(t.Id)?.Count ?? 0,
                AppraisalsPublished = appraisals.GetValueOrDefault(t.Id)?.Published ?? 0,
                SubjectsSatisfied = ownGrades.Count(g => g == SatisfactionGrade.Satisfied),
                SubjectsBasicallySatisfied = ownGrades.Count(g => g == SatisfactionGrade.BasicallySatisfied),
                SubjectsUnsatisfied = ownGrades.Count(g => g == SatisfactionGrade.Unsatisfied),
                LivelihoodProjects = projects.GetValueOrDefault(t.Id)?.Count ?? 0,
                LivelihoodCompleted = projects.GetValueOrDefault(t.Id)?.Completed ?? 0,
                LivelihoodCarriedOver = projects.GetValueOrDefault(t.Id)?.CarriedOver ?? 0,
                Petitions = ownPetitions.Count,
                PetitionsFinished = ownPetitions.Count(p => p.State == PetitionState.Finished),
                PetitionsFinishedOnTime = ownPetitions.Count(PetitionRules.FinishedOnTime),
                PetitionsOverdue = ownPetitions.Count(p => PetitionRules.DaysOverdue(p, today) > 0),
                Suggestions = SuggestionFigures.Of(items[t.Id].ToList(), today),
                DeputiesFlagged = flagged.GetValueOrDefault(t.Id)?.Value,
                DeputiesFlaggedAsOfUtc = flagged.GetValueOrDefault(t.Id)?.ComputedUtc,
            };
        }).ToList();
        return (figures, itemRows);
    }
}
