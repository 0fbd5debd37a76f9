using Microsoft.EntityFrameworkCore;
using Township.Congress.Activities;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Sessions;
using Township.Congress.Suggestions;
using Township.Congress.VoterContact;
using Township.Congress.VoterReports;

namespace Township.Congress.DeputyRecords;

internal sealed record DeputyFact(Guid Id, string Name, string NameSortKey, DeputyStatus Status, DateOnly StatusSince, DateOnly? TookOfficeOn,
    Guid? GroupId, string Constituency, Guid TermId)
{
    /// <summary>
    /// What <see cref="TermOfOffice.InOfficeOn"/> reads, made once: without the name, whose setter computes the pinyin and
    /// collation keys (ICU), far dearer than the whole record.
    /// </summary>
    public Deputy Person { get; } = new() { Name = "", Status = Status, TookOfficeOn = TookOfficeOn };
}
internal sealed record SessionFact(Guid Id, int TermOrdinal, int Ordinal, DateOnly Start, DateOnly End, bool HalfDays);
internal sealed record RollFact(Guid SessionId, Guid DeputyId, AttendanceStatus Status, string LeaveReason);
internal sealed record ActivityFact(Guid Id, ActivityKind Kind, string Subject, DateOnly StartsOn, DateOnly EndsOn);
internal sealed record ParticipantFact(Guid ActivityId, Guid DeputyId, AttendanceStatus Status);
internal sealed record SpeakerFact(Guid ActivityId, Guid DeputyId);
internal sealed record SignerFact(Guid SuggestionId, Guid DeputyId, bool IsLead, int Year, int Sequence, string Title, SuggestionKind Kind,
    SuggestionState State, Satisfaction? LeadSatisfaction, DateOnly SubmittedOn);
internal sealed record DutyFact(Guid ReceptionDayId, Guid DeputyId, DateOnly Date, int Visitors);
internal sealed record ContactFact(Guid Id, Guid DeputyId, DateOnly Date, int Constituents, string Way, string Raised);
internal sealed record ReportFact(Guid Id, Guid DeputyId, Guid TermId, DateOnly ReportedOn, string Place, int Audience, VoterRating? Result);

/// <summary>
/// Everything a township's records read, for a window of days: one query per source (sessions, roll,
/// activities, participants, speakers, signers, duties, contacts, reports, declared items, history),
/// never one per deputy. The records are then built in memory from these rows.
/// </summary>
internal sealed class RecordFacts
{
    public required Guid TownshipId { get; init; }
    public required List<DeputyFact> Deputies { get; init; }
    public required ILookup<Guid, DeputyStatusChange> History { get; init; }
    public required List<SessionFact> Sessions { get; init; }
    public required ILookup<Guid, RollFact> Roll { get; init; }
    public required Dictionary<Guid, ActivityFact> Activities { get; init; }
    public required ILookup<Guid, ParticipantFact> Participants { get; init; }
    public required ILookup<Guid, SpeakerFact> Speakers { get; init; }
    public required ILookup<Guid, SignerFact> Signers { get; init; }
    public required ILookup<Guid, DutyFact> Duties { get; init; }
    public required ILookup<Guid, ContactFact> Contacts { get; init; }
    public required ILookup<Guid, ReportFact> Reports { get; init; }
    public required ILookup<Guid, DeclaredItem> Declared { get; init; }

    /// <summary>
    /// The deputies of the township in office at some time in [from, to] — the same deputies the voter-contact
    /// figures count (docs/voter-contact-figures.md) — or just those of <paramref name="only"/> (then whether in office
    /// or not, and each source is read for them alone); facts dated in the window. Reports to voters are read from
    /// <paramref name="reportsFrom"/>, so the per-term flag sees the whole term.
    /// </summary>
    public static async Task<RecordFacts> LoadAsync(CongressDbContext db, Guid townshipId, DateOnly from, DateOnly to, DateOnly reportsFrom,
        IReadOnlyCollection<Guid>? only, CancellationToken ct)
    {
        var deputies = db.Deputies.AsNoTracking().Where(d => d.TownshipId == townshipId);
        deputies = only is not null ? deputies.Where(d => only.Contains(d.Id)) : deputies.Where(DeputyYears.InOfficeDuring(from, to));
        var people = await deputies.Select(d => new DeputyFact(d.Id, d.Name, d.NameSortKey, d.Status, d.StatusSince, d.TookOfficeOn, d.GroupId,
            d.Constituency, d.TermId)).ToListAsync(ct);
        bool Mine(Guid id) => only is null || only.Contains(id);
        // Each source narrowed to the deputies asked for in SQL, not after reading the whole township's rows.
        IQueryable<T> Theirs<T>(IQueryable<T> rows, System.Linq.Expressions.Expression<Func<T, bool>> ofThem) => only is null ? rows : rows.Where(ofThem);

        var history = await Theirs(db.DeputyStatusChanges.AsNoTracking().Where(h => h.TownshipId == townshipId), h => only!.Contains(h.DeputyId))
            .ToListAsync(ct);
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.TownshipId == townshipId && s.Status != SessionStatus.Planned && (s.ActualStart ?? s.PlannedStart) >= from
                && (s.ActualStart ?? s.PlannedStart) <= to)
            .Join(db.Terms, s => s.TermId, t => t.Id, (s, t) => new { s.Id, t.Ordinal, SessionOrdinal = s.Ordinal, s.PlannedStart, s.PlannedEnd,
                s.ActualStart, s.ActualEnd, s.HalfDays })
            .ToListAsync(ct);
        var sessionIds = sessions.Select(s => s.Id).ToList();
        var roll = await Theirs(db.Set<SessionAttendance>().AsNoTracking().Where(a => a.TownshipId == townshipId && sessionIds.Contains(a.SessionId)),
                a => only!.Contains(a.DeputyId))
            .Select(a => new RollFact(a.SessionId, a.DeputyId, a.Status, a.LeaveReason)).ToListAsync(ct);

        var held = db.Activities.AsNoTracking()
            .Where(a => a.TownshipId == townshipId && a.Status == ActivityStatus.Held && a.StartsOn >= from && a.StartsOn <= to);
        var activities = await held.Select(a => new ActivityFact(a.Id, a.Kind, a.Subject, a.StartsOn, a.EndsOn)).ToDictionaryAsync(a => a.Id, ct);
        var participants = await Theirs(db.Set<ActivityParticipant>().AsNoTracking().Where(p => p.TownshipId == townshipId), p => only!.Contains(p.DeputyId))
            .Join(held, p => p.ActivityId, a => a.Id, (p, a) => new ParticipantFact(p.ActivityId, p.DeputyId, p.Status)).ToListAsync(ct);
        var speakers = await Theirs(db.Set<ActivityOpinionSpeaker>().AsNoTracking().Where(s => s.TownshipId == townshipId), s => only!.Contains(s.DeputyId))
            .Join(held, s => s.ActivityId, a => a.Id, (s, a) => new SpeakerFact(s.ActivityId, s.DeputyId)).ToListAsync(ct);

        // A merged item stands for the raw items folded into it: those are counted, each for its own signers.
        var signers = await Theirs(db.Set<SuggestionSigner>().AsNoTracking().Where(x => x.TownshipId == townshipId), x => only!.Contains(x.DeputyId))
            .Join(db.Suggestions.Where(s => s.TownshipId == townshipId && s.MergedSourceCount == 0 && s.SubmittedOn >= from && s.SubmittedOn <= to),
                x => x.SuggestionId, s => s.Id,
                (x, s) => new SignerFact(s.Id, x.DeputyId, x.IsLead, s.Year, s.Sequence, s.Title, s.Kind, s.State, s.LeadSatisfaction, s.SubmittedOn))
            .ToListAsync(ct);
        var duties = await Theirs(db.Set<ReceptionDuty>().AsNoTracking().Where(x => x.TownshipId == townshipId), x => only!.Contains(x.DeputyId))
            .Join(db.ReceptionDays.Where(d => d.TownshipId == townshipId && d.Date >= from && d.Date <= to), x => x.ReceptionDayId, d => d.Id,
                (x, d) => new DutyFact(d.Id, x.DeputyId, d.Date, d.Visits.Count()))
            .ToListAsync(ct);
        var contacts = await Theirs(db.ConstituentContacts.AsNoTracking().Where(c => c.TownshipId == townshipId && c.Date >= from && c.Date <= to),
                c => only!.Contains(c.DeputyId))
            .Select(c => new ContactFact(c.Id, c.DeputyId, c.Date, c.Constituents, c.Way, c.Raised)).ToListAsync(ct);
        var reports = await Theirs(db.VoterReports.AsNoTracking().Where(r => r.TownshipId == townshipId && r.ReportedOn >= reportsFrom && r.ReportedOn <= to),
                r => only!.Contains(r.DeputyId))
            .Select(r => new ReportFact(r.Id, r.DeputyId, r.TermId, r.ReportedOn, r.Place, r.Audience, r.Result)).ToListAsync(ct);
        var declared = await Theirs(db.Set<DeclaredItem>().AsNoTracking().Where(x => x.TownshipId == townshipId && x.Date >= from && x.Date <= to),
                x => only!.Contains(x.DeputyId))
            .ToListAsync(ct);

        return new RecordFacts
        {
            TownshipId = townshipId,
            Deputies = people,
            History = history.ToLookup(h => h.DeputyId),
            Sessions = sessions.Select(s => new SessionFact(s.Id, s.Ordinal, s.SessionOrdinal, s.ActualStart ?? s.PlannedStart,
                SessionDates.End(s.PlannedStart, s.PlannedEnd, s.ActualStart, s.ActualEnd), s.HalfDays)).OrderBy(s => s.Start).ToList(),
            Roll = roll.Where(r => Mine(r.DeputyId)).ToLookup(r => r.DeputyId),
            Activities = activities,
            Participants = participants.Where(p => Mine(p.DeputyId)).ToLookup(p => p.DeputyId),
            Speakers = speakers.Where(p => Mine(p.DeputyId)).ToLookup(p => p.DeputyId),
            Signers = signers.Where(p => Mine(p.DeputyId)).ToLookup(p => p.DeputyId),
            Duties = duties.Where(p => Mine(p.DeputyId)).ToLookup(p => p.DeputyId),
            Contacts = contacts.Where(p => Mine(p.DeputyId)).ToLookup(p => p.DeputyId),
            Reports = reports.Where(p => Mine(p.DeputyId)).ToLookup(p => p.DeputyId),
            Declared = declared.Where(p => Mine(p.DeputyId)).ToLookup(p => p.DeputyId),
        };
    }
}
