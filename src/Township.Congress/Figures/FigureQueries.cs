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

        // Sessions held: opened (in session or closed) on a day of the year; attendance over their rolls, counted per session in the
        // same statement (the roll lines of the session's own township, so the index by township and session serves it).
        var held = db.Sessions.AsNoTracking().Where(s => ids.Contains(s.TownshipId) && s.Status != SessionStatus.Planned
            && s.ActualStart >= start && s.ActualStart <= end);
        var sessions = (await held.Select(s => new
            {
                s.TownshipId,
                Roll = db.Set<SessionAttendance>().Count(a => a.TownshipId == s.TownshipId && a.SessionId == s.Id),
                Present = db.Set<SessionAttendance>().Count(a => a.TownshipId == s.TownshipId && a.SessionId == s.Id && a.Status == AttendanceStatus.Present),
            }).ToListAsync(ct)).ToLookup(s => s.TownshipId);

        var meetings = (await db.PresidiumMeetings.AsNoTracking().Where(m => ids.Contains(m.TownshipId) && m.Date >= start && m.Date <= end)
            .Select(m => new { m.TownshipId, m.Attendees, m.Absentees }).ToListAsync(ct)).ToLookup(m => m.TownshipId);

        // Activities: held ones started in the year; person-times are the participants marked present (Activity.PersonTimes).
        // One statement for the three figures of each township and kind: the held activities, their person-times and the distinct
        // deputies present (for the kind 培训 that is DeputiesTrained), over the activities left-joined to their present participants.
        // The participants' side also names the townships, so an index by township serves it.
        var activities = db.Activities.AsNoTracking().Where(a => ids.Contains(a.TownshipId) && a.Status == ActivityStatus.Held
            && a.StartsOn >= start && a.StartsOn <= end);
        var present = db.Set<ActivityParticipant>().AsNoTracking().Where(p => ids.Contains(p.TownshipId) && p.Status == AttendanceStatus.Present);
        var kinds = (await (
                from a in activities
                join p in present on a.Id equals p.ActivityId into ps
                from p in ps.DefaultIfEmpty()
                select new { a.TownshipId, a.Kind, ActivityId = a.Id, DeputyId = (Guid?)p!.DeputyId })
            .GroupBy(x => new { x.TownshipId, x.Kind })
            .Select(g => new
            {
                g.Key.TownshipId, g.Key.Kind,
                Held = g.Select(x => x.ActivityId).Distinct().Count(),
                PersonTimes = g.Count(x => x.DeputyId != null),
                Deputies = g.Where(x => x.DeputyId != null).Select(x => x.DeputyId).Distinct().Count(),
            })
            .ToListAsync(ct)).ToLookup(k => k.TownshipId);

        // Voter contact: the deputies counted by the contact targets, their own contacts plus the visitors of their duty days.
        var met = await db.ConstituentContacts.AsNoTracking().Where(x => ids.Contains(x.TownshipId) && x.Date >= start && x.Date <= end)
            .Join(counted, x => x.DeputyId, d => d.Id, (x, d) => x)
            .GroupBy(x => x.TownshipId).Select(g => new { g.Key, Sum = g.Sum(x => x.Constituents) }).ToDictionaryAsync(x => x.Key, x => x.Sum, ct);
        // Each reception day of the year with its visitors and its duty deputies among the counted ones (each of them met every visitor).
        var days = (await db.ReceptionDays.AsNoTracking().Where(d => ids.Contains(d.TownshipId) && d.Date >= start && d.Date <= end)
            .Select(d => new
            {
                d.TownshipId, Visitors = d.Visits.Count(),
                OnDuty = d.Duties.Count(x => counted.Any(c => c.Id == x.DeputyId)),
            }).ToListAsync(ct)).ToLookup(d => d.TownshipId);

        var reports = (await db.VoterReports.AsNoTracking().Where(r => ids.Contains(r.TownshipId) && r.ReportedOn >= start && r.ReportedOn <= end)
            .Select(r => new { r.TownshipId, r.DeputyId }).ToListAsync(ct)).ToLookup(r => r.TownshipId);

        // The year's appraisals with their subjects (left-joined: an appraisal without subjects still counts); the subjects of the
        // published ones are graded by the county's rule.
        var appraisalRows = await (
                from a in db.Appraisals.AsNoTracking().Where(a => ids.Contains(a.TownshipId) && a.Year == year)
                join s in db.Set<AppraisalSubject>().AsNoTracking().Where(s => ids.Contains(s.TownshipId)) on a.Id equals s.AppraisalId into ss
                from s in ss.DefaultIfEmpty()
                select new
                {
                    a.Id, a.TownshipId, a.State, HasSubject = s != null,
                    Satisfied = (int?)s!.Satisfied, BasicallySatisfied = (int?)s.BasicallySatisfied, Unsatisfied = (int?)s.Unsatisfied,
                })
            .ToListAsync(ct);
        var appraisals = appraisalRows.DistinctBy(a => a.Id).ToLookup(a => a.TownshipId, a => a.State);
        var grades = appraisalRows.Where(a => a.HasSubject && a.State == AppraisalState.Published)
            .ToLookup(a => a.TownshipId, a => SatisfactionRule.Grade(a.Satisfied ?? 0, a.BasicallySatisfied ?? 0, a.Unsatisfied ?? 0, rules));

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
            var ownKinds = kinds[t.Id].OrderBy(k => k.Kind).ToList();
            var byKind = ownKinds.Select(k => new KindFigures(k.Kind, k.Held, k.PersonTimes)).ToList();
            var ownSessions = sessions[t.Id].ToList();
            var ownDays = days[t.Id].ToList();
            var ownAppraisals = appraisals[t.Id].ToList();
            var ownMeetings = meetings[t.Id].ToList();
            var ownPetitions = petitions[t.Id].ToList();
            var ownGrades = grades[t.Id].ToList();
            return new TownshipYearFigures(t.Id, t.Name, t.Number, year)
            {
                DeputiesInOffice = inOffice.GetValueOrDefault(t.Id),
                SessionsHeld = ownSessions.Count,
                SessionRoll = ownSessions.Sum(s => s.Roll),
                SessionPresent = ownSessions.Sum(s => s.Present),
                PresidiumMeetings = ownMeetings.Count,
                PresidiumAttendees = ownMeetings.Sum(m => PresidiumAttendance.Names(m.Attendees)),
                PresidiumAbsentees = ownMeetings.Sum(m => PresidiumAttendance.Names(m.Absentees)),
                ActivitiesHeld = byKind.Sum(k => k.Held),
                ActivityPersonTimes = byKind.Sum(k => k.PersonTimes),
                ByKind = byKind,
                Trainings = byKind.Where(k => k.Kind == ActivityKind.Training).Sum(k => k.Held),
                DeputiesTrained = ownKinds.Where(k => k.Kind == ActivityKind.Training).Sum(k => k.Deputies),
                VoterContactPersonTimes = VoterContactRules.PersonTimes(met.GetValueOrDefault(t.Id), ownDays.Sum(d => d.Visitors * d.OnDuty)),
                ReceptionDays = ownDays.Count,
                ReceptionVisitors = ownDays.Sum(d => d.Visitors),
                VoterReports = reports[t.Id].Count(),
                DeputiesReported = reports[t.Id].Select(r => r.DeputyId).Distinct().Count(),
                Appraisals = ownAppraisals.Count,
                AppraisalsPublished = ownAppraisals.Count(a => a == AppraisalState.Published),
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
