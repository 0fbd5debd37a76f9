using Township.Congress.Activities;
using Township.Congress.Deputies;
using Township.Congress.Sessions;
using Township.Congress.Suggestions;
using Township.Congress.VoterContact;
using Township.Congress.VoterReports;

namespace Township.Congress.DeputyRecords;

/// <summary>Builds one deputy's record over a period from the township's facts (in memory: the queries are done).</summary>
internal static class RecordBuilder
{
    /// <summary>视察、调研 and the checks: the activities the scheme scores as inspections.</summary>
    internal static bool IsInspection(ActivityKind kind) =>
        kind is ActivityKind.Inspection or ActivityKind.Survey or ActivityKind.LawEnforcementCheck or ActivityKind.SpecialCheck;

    public static DeputyRecord Build(RecordFacts f, DeputyFact d, RecordPeriod p)
    {
        var history = f.History[d.Id].ToList();
        var person = new Deputy { Name = d.Name, Status = d.Status, TookOfficeOn = d.TookOfficeOn };
        var roll = f.Roll[d.Id].ToDictionary(r => r.SessionId);

        // Only the sessions held while the deputy was in office count: a deputy who joined mid-term is not
        // "absent" from the sessions before.
        var sessions = f.Sessions.Where(s => p.Contains(s.Start) && TermOfOffice.InOfficeOn(person, history, s.Start))
            .Select(s =>
            {
                var r = roll.GetValueOrDefault(s.Id);
                var status = r?.Status ?? AttendanceStatus.Unmarked;
                return (Fact: s, Line: new SessionLine(s.Id, SessionNames.Of(s.TermOrdinal, s.Ordinal), s.Start, s.End, status,
                    SessionLabels.Of(status), r?.LeaveReason ?? ""));
            }).ToList();

        var speakers = f.Speakers[d.Id].GroupBy(s => s.ActivityId).ToDictionary(g => g.Key, g => g.Count());
        var activities = f.Participants[d.Id].Select(x => (Part: x, Act: f.Activities[x.ActivityId])).Where(x => p.Contains(x.Act.StartsOn))
            .OrderBy(x => x.Act.StartsOn)
            .Select(x => new ActivityLine(x.Act.Id, x.Act.Kind, ActivityLabels.Kinds.Of(x.Act.Kind), x.Act.Subject, x.Act.StartsOn, x.Act.EndsOn,
                x.Part.Status, SessionLabels.Of(x.Part.Status), speakers.GetValueOrDefault(x.Act.Id))).ToList();
        var attended = activities.Where(a => a.Status == AttendanceStatus.Present).ToList();
        var kinds = activities.GroupBy(a => a.Kind).OrderBy(g => g.Key)
            .Select(g => new ActivityKindCount(g.Key, ActivityLabels.Kinds.Of(g.Key), g.Count(a => a.Status == AttendanceStatus.Present),
                g.Count(a => a.Status == AttendanceStatus.OnLeave), g.Count(a => a.Status == AttendanceStatus.Absent))).ToList();
        var opinions = f.Speakers[d.Id].Count(s => f.Activities.TryGetValue(s.ActivityId, out var a) && p.Contains(a.StartsOn));

        var suggestions = f.Signers[d.Id].Where(s => p.Contains(s.SubmittedOn)).OrderBy(s => s.SubmittedOn).ThenBy(s => s.Sequence)
            .Select(s => new SuggestionLine(s.SuggestionId, Suggestion.FormatNumber(s.Year, s.Sequence), s.Title, s.Kind, SuggestionLabels.Of(s.Kind),
                s.IsLead, s.State, SuggestionLabels.Of(s.State), s.LeadSatisfaction,
                s.LeadSatisfaction is { } sat ? SuggestionLabels.Of(sat) : "", s.SubmittedOn)).ToList();
        var receptions = f.Duties[d.Id].Where(x => p.Contains(x.Date)).OrderBy(x => x.Date)
            .Select(x => new ReceptionLine(x.ReceptionDayId, x.Date, x.Visitors)).ToList();
        var contacts = f.Contacts[d.Id].Where(x => p.Contains(x.Date)).OrderBy(x => x.Date)
            .Select(x => new ContactLine(x.Id, x.Date, x.Constituents, x.Way, x.Raised)).ToList();
        var reports = f.Reports[d.Id].Where(x => p.Contains(x.ReportedOn)).OrderBy(x => x.ReportedOn)
            .Select(x => new ReportLine(x.Id, x.ReportedOn, x.Place, x.Audience, x.Result, VoterReportLabels.Of(x.Result))).ToList();
        var reportsInTerm = f.Reports[d.Id].Count(x => x.TermId == d.TermId && x.ReportedOn <= p.To);
        var declared = f.Declared[d.Id].Where(x => p.Contains(x.Date)).OrderBy(x => x.Date)
            .Select(x => new DeclaredLine(x.Id, x.Date, x.Kind, DeputyRecordLabels.DeclaredKinds.Of(x.Kind), x.Text, x.State,
                DeputyRecordLabels.DeclaredStates.Of(x.State), x.DecidedBy, x.DecidedOn, x.DecisionNote, x.Version)).ToList();
        var approved = declared.Where(x => x.State == DeclaredItemState.Approved).ToList();

        var absent = sessions.Where(s => s.Line.Status == AttendanceStatus.Absent).Select(s => s.Fact).ToList();
        // A session held in half days loses a half day's points per half day missed; otherwise a day's per day.
        var absentHalfDays = absent.Where(s => s.HalfDays).Sum(s => 2 * SessionDates.Length(s.Start, s.End));
        var absentDays = absent.Where(s => !s.HalfDays).Sum(s => SessionDates.Length(s.Start, s.End));

        // 履职天数: distinct days with a session attended, an activity attended, a reception on duty, an approved declared item.
        var days = new HashSet<DateOnly>();
        foreach (var s in sessions.Where(s => s.Line.Status == AttendanceStatus.Present)) AddDays(days, s.Fact.Start, s.Fact.End, p);
        foreach (var a in attended) AddDays(days, a.StartsOn, a.EndsOn, p);
        foreach (var r in receptions) days.Add(r.Date);
        foreach (var x in approved) days.Add(x.Date);

        var counts = new DeputyRecordCounts(
            SessionsHeld: sessions.Count,
            SessionsAttended: sessions.Count(s => s.Line.Status == AttendanceStatus.Present),
            SessionsOnLeave: sessions.Count(s => s.Line.Status == AttendanceStatus.OnLeave),
            SessionsAbsent: absent.Count,
            ActivitiesAttended: attended.Count,
            ActivitiesOnLeave: activities.Count(a => a.Status == AttendanceStatus.OnLeave),
            ActivitiesAbsent: activities.Count(a => a.Status == AttendanceStatus.Absent),
            InspectionsAttended: attended.Count(a => IsInspection(a.Kind)),
            Trainings: attended.Count(a => a.Kind is ActivityKind.Training or ActivityKind.Study),
            GroupActivities: attended.Count(a => a.Kind == ActivityKind.GroupActivity),
            MeetingsAttended: attended.Count(a => a.Kind == ActivityKind.AttendingMeeting),
            OpinionsVoiced: opinions,
            SuggestionsLed: suggestions.Count(s => s.IsLead),
            SuggestionsCoSigned: suggestions.Count(s => !s.IsLead),
            PersonTimes: VoterContactRules.PersonTimes(contacts.Sum(c => c.Constituents), receptions.Sum(r => r.Visitors)),
            ReceptionDays: receptions.Count,
            OwnContacts: contacts.Count,
            ReportsToVoters: reports.Count,
            ReportsInTerm: reportsInTerm,
            DeclaredApproved: approved.Count,
            DaysOnDuty: days.Count,
            AbsentHalfDays: absentHalfDays,
            AbsentDays: absentDays);

        var dated = sessions.Where(s => s.Line.Status == AttendanceStatus.Present).Select(s => s.Fact.Start)
            .Concat(attended.Select(a => a.StartsOn)).Concat(suggestions.Select(s => s.SubmittedOn)).Concat(receptions.Select(r => r.Date))
            .Concat(contacts.Select(c => c.Date)).Concat(reports.Select(r => r.ReportedOn)).Concat(approved.Select(x => x.Date))
            .GroupBy(x => (x.Year, x.Month)).ToDictionary(g => g.Key, g => g.Count());
        var calendar = new List<MonthActivity>();
        for (var m = new DateOnly(p.From.Year, p.From.Month, 1); m <= p.To; m = m.AddMonths(1))
            calendar.Add(new MonthActivity(m.Year, m.Month, dated.GetValueOrDefault((m.Year, m.Month))));

        var statusLines = history.OrderBy(h => h.EffectiveOn).ThenBy(h => h.RecordedAtUtc)
            .Select(h => new StatusLine(h.EffectiveOn, h.From, h.To, DeputyLabels.Of(h.From), DeputyLabels.Of(h.To), h.Reason)).ToList();

        return new DeputyRecord(d.Id, f.TownshipId, d.Name, d.NameSortKey, d.Status, d.GroupId, d.Constituency, p, counts,
            sessions.Select(s => s.Line).ToList(), kinds, activities, suggestions, receptions, contacts, reports, declared, calendar,
            null, [], statusLines);
    }

    private static void AddDays(HashSet<DateOnly> days, DateOnly from, DateOnly to, RecordPeriod p)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
            if (p.Contains(day)) days.Add(day);
    }
}
