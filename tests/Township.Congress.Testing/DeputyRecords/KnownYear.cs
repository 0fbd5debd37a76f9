using Microsoft.EntityFrameworkCore;
using Township.Congress.Activities;
using Township.Congress.DeputyRecords;
using Township.Congress.LiaisonStations;
using Township.Congress.Sessions;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;
using Township.Congress.VoterContact;
using Township.Congress.VoterReports;

namespace Township.Congress.Testing.DeputyRecords;

/// <summary>
/// One known year (2025) of township one of <see cref="SmallCounty"/>: 张建国 (<see cref="Active"/>) with sessions
/// attended, on leave and absent, activities with an absence, suggestions led and co-signed, reception days, an
/// own contact, a report to voters and declared items; 李秀英 (<see cref="Absentee"/>) absent twice in 2025 and
/// once in 2024; 王德明 (<see cref="Newcomer"/>) who took office on 2025-06-01 and did nothing else.
/// </summary>
public sealed class KnownYear
{
    public const int Year = 2025;
    public required Guid Active { get; init; }
    public required Guid Absentee { get; init; }
    public required Guid Newcomer { get; init; }
    public required Guid TownshipId { get; init; }

    public static async Task<KnownYear> SeedAsync(TestDatabase database, SmallCounty county)
    {
        await using var db = database.System();
        var t = county.One.Id;
        var term = await db.Terms.SingleAsync(x => x.TownshipId == t);
        var people = await db.Deputies.Where(d => d.TownshipId == t).ToListAsync();
        var a = people.Single(d => d.Name == "张建国");
        var b = people.Single(d => d.Name == "李秀英");
        var c = people.Single(d => d.Name == "王德明");
        c.TookOfficeOn = new DateOnly(2025, 6, 1);
        c.StatusSince = new DateOnly(2025, 6, 1);

        CongressSession Session(int ordinal, DateOnly start, DateOnly end, bool halfDays, SessionStatus status, params (Guid Id, AttendanceStatus Status)[] roll)
        {
            var s = new CongressSession { TownshipId = t, TermId = term.Id, Ordinal = ordinal, PlannedStart = start, PlannedEnd = end, ActualStart = start,
                ActualEnd = end, HalfDays = halfDays, Status = status };
            s.Attendance.AddRange(roll.Select(r => new SessionAttendance { TownshipId = t, DeputyId = r.Id, Status = r.Status,
                LeaveReason = r.Status == AttendanceStatus.OnLeave ? "外出务工" : "" }));
            return s;
        }
        db.Sessions.AddRange(
            Session(3, new(2024, 3, 10), new(2024, 3, 10), false, SessionStatus.Closed, (a.Id, AttendanceStatus.Present), (b.Id, AttendanceStatus.Absent)),
            Session(4, new(2025, 3, 8), new(2025, 3, 9), false, SessionStatus.Closed, (a.Id, AttendanceStatus.Present), (b.Id, AttendanceStatus.Present)),
            Session(5, new(2025, 11, 20), new(2025, 11, 20), true, SessionStatus.Closed,
                (a.Id, AttendanceStatus.OnLeave), (b.Id, AttendanceStatus.Absent), (c.Id, AttendanceStatus.Present)),
            Session(6, new(2025, 12, 28), new(2025, 12, 28), false, SessionStatus.Closed,
                (a.Id, AttendanceStatus.Absent), (b.Id, AttendanceStatus.Absent), (c.Id, AttendanceStatus.Present)),
            Session(7, new(2025, 12, 30), new(2025, 12, 30), false, SessionStatus.Planned));

        Activity Act(ActivityKind kind, DateOnly start, DateOnly end, ActivityStatus status, AttendanceStatus attendance)
        {
            var x = new Activity { TownshipId = t, Kind = kind, Subject = $"{kind}活动", StartsOn = start, EndsOn = end, Status = status };
            x.Participants.Add(new ActivityParticipant { TownshipId = t, ActivityId = x.Id, DeputyId = a.Id, Status = attendance });
            return x;
        }
        var group = Act(ActivityKind.GroupActivity, new(2025, 7, 5), new(2025, 7, 5), ActivityStatus.Held, AttendanceStatus.Present);
        var opinion = new ActivityOpinion { TownshipId = t, ActivityId = group.Id, Text = "建议修缮村道", ReceivingUnitName = "镇政府", SentOn = new(2025, 7, 10) };
        group.Opinions.Add(opinion);
        db.Activities.AddRange(
            Act(ActivityKind.Inspection, new(2025, 4, 10), new(2025, 4, 11), ActivityStatus.Held, AttendanceStatus.Present),
            Act(ActivityKind.Survey, new(2025, 5, 15), new(2025, 5, 15), ActivityStatus.Held, AttendanceStatus.Absent),
            Act(ActivityKind.Training, new(2025, 6, 20), new(2025, 6, 20), ActivityStatus.Held, AttendanceStatus.OnLeave),
            group,
            Act(ActivityKind.Inspection, new(2025, 8, 1), new(2025, 8, 1), ActivityStatus.Planned, AttendanceStatus.Present));
        db.Add(new ActivityOpinionSpeaker { TownshipId = t, OpinionId = opinion.Id, ActivityId = group.Id, DeputyId = a.Id });

        Suggestion Item(int seq, DateOnly on, Guid lead, Guid? coSigner, SuggestionState state, Satisfaction? satisfaction)
        {
            var s = new Suggestion { TownshipId = t, Year = on.Year, Sequence = seq, Kind = SuggestionKind.Suggestion, Title = $"建议{seq}",
                LeadDeputyId = lead, SubmittedOn = on, State = state, LeadSatisfaction = satisfaction };
            s.Signers.Add(new SuggestionSigner { TownshipId = t, SuggestionId = s.Id, DeputyId = lead, IsLead = true });
            if (coSigner is { } co) s.Signers.Add(new SuggestionSigner { TownshipId = t, SuggestionId = s.Id, DeputyId = co, SortOrder = 1 });
            return s;
        }
        db.Suggestions.AddRange(
            Item(1, new(2025, 3, 8), a.Id, b.Id, SuggestionState.Closed, Satisfaction.Satisfied),
            Item(2, new(2025, 9, 1), b.Id, a.Id, SuggestionState.Handling, null),
            Item(9, new(2024, 12, 1), a.Id, null, SuggestionState.Closed, Satisfaction.Satisfied));

        var station = new LiaisonStation { TownshipId = t, Name = "一号镇代表联络站" };
        db.LiaisonStations.Add(station);
        var feb = new ReceptionDay { TownshipId = t, StationId = station.Id, Date = new(2025, 2, 15) };
        feb.Duties.Add(new ReceptionDuty { TownshipId = t, DeputyId = a.Id });
        for (var i = 0; i < 3; i++) feb.Visits.Add(new ReceptionVisit { TownshipId = t, Matter = $"反映事项{i}" });
        var oct = new ReceptionDay { TownshipId = t, StationId = station.Id, Date = new(2025, 10, 15) };
        oct.Duties.Add(new ReceptionDuty { TownshipId = t, DeputyId = a.Id });
        db.ReceptionDays.AddRange(feb, oct);
        db.ConstituentContacts.Add(new ConstituentContact { TownshipId = t, DeputyId = a.Id, Date = new(2025, 8, 8), Constituents = 4, Way = "走访", Raised = "灌溉" });
        db.VoterReports.Add(new VoterReport { TownshipId = t, TermId = term.Id, DeputyId = a.Id, ReportedOn = new(2025, 9, 20), Place = "新民村",
            Audience = 40, Result = VoterRating.Competent });
        db.DeclaredItems.AddRange(
            new DeclaredItem { TownshipId = t, DeputyId = a.Id, Date = new(2025, 11, 2), Kind = DeclaredItemKind.Finding, Text = "发现桥梁裂缝",
                State = DeclaredItemState.Approved, DecidedBy = "town01", DecidedOn = new(2025, 11, 5) },
            new DeclaredItem { TownshipId = t, DeputyId = a.Id, Date = new(2025, 11, 3), Kind = DeclaredItemKind.SoloContact, Text = "单独走访",
                State = DeclaredItemState.Pending });
        await db.SaveChangesAsync();
        return new KnownYear { Active = a.Id, Absentee = b.Id, Newcomer = c.Id, TownshipId = t };
    }
}
