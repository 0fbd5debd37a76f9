using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Sessions;

/// <summary>Everything a secretary records about a congress session, with the rules enforced here.</summary>
public sealed partial class SessionService(CongressDbContext db)
{
    private DateOnly Today => ChineseDate.TodayInChina(db.Clock);

    /// <summary>The reason of the 更正 this instance makes; null for ordinary changes.</summary>
    private string? _correction;

    public async Task<CongressSession> CreateAsync(Guid townshipId, SessionInput input, CancellationToken ct = default)
    {
        var term = await db.TermForNewRecordAsync(townshipId, Validate(input), ct);
        var ordinal = 1 + (await db.Set<CongressSession>().Where(s => s.TermId == term.Id).MaxAsync(s => (int?)s.Ordinal, ct) ?? 0);
        var session = new CongressSession { TownshipId = townshipId, TermId = term.Id, Ordinal = ordinal };
        Apply(session, input);
        db.Add(session);
        await db.SaveChangesAsync(ct);
        await RenumberAsync(term.Id, null, ct);
        return session;
    }

    public async Task<CongressSession> UpdateAsync(Guid id, SessionInput input, long version, CancellationToken ct = default)
    {
        var session = await SessionForAsync(id, SessionAction.EditDetails, ct);
        DomainValidationException.ThrowIfAny(Validate(input));
        db.EditingVersion(session, version);
        Apply(session, input);
        await RenumberAsync(session.TermId, null, ct);
        return session;
    }

    /// <summary>
    /// Puts every deputy in office on the session's roll date on the roll (township seats only:
    /// county or city deputies living here do not vote in the township congress). Idempotent:
    /// deputies who no longer qualify and were not yet called are taken off.
    /// </summary>
    public async Task<AttendanceSummary> PrepareRollAsync(Guid sessionId, CancellationToken ct = default)
    {
        var session = await SessionForAsync(sessionId, SessionAction.EditRoll, ct);
        if (session.Status != SessionStatus.Planned)
            throw new DomainValidationException([new("Roll", ModelText.Roll_FixedOnceOpen)]);
        var deputies = await db.Deputies.Where(d => d.TownshipId == session.TownshipId && (d.Levels & DeputyLevels.Township) != 0)
            .Include(d => d.StatusHistory).ToListAsync(ct);
        var eligible = deputies.Where(d => TermOfOffice.InOfficeOn(d, d.StatusHistory, session.RollDate)).Select(d => d.Id).ToHashSet();
        for (var attempt = 1; ; attempt++)
        {
            var roll = await db.Set<SessionAttendance>().Where(a => a.SessionId == sessionId).ToListAsync(ct);
            foreach (var row in roll.Where(r => !eligible.Contains(r.DeputyId) && r.Status == AttendanceStatus.Unmarked))
                db.Remove(row);
            foreach (var id in eligible.Except(roll.Select(r => r.DeputyId)))
                db.Add(new SessionAttendance { TownshipId = session.TownshipId, SessionId = sessionId, DeputyId = id });
            try
            {
                await db.SaveChangesAsync(ct);
                return await SummaryAsync(sessionId, ct);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Two secretaries preparing the same roll at once: the other one's rows came first (the unique session and
                // deputy index). The roll is read again and only what is still missing is added, as a second click would.
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<AttendanceSummary> MarkAsync(Guid sessionId, Guid deputyId, AttendanceStatus status, string? leaveReason = null, CancellationToken ct = default)
    {
        var session = await SessionForAsync(sessionId, SessionAction.EditRoll, ct);
        // Once open, attendance adds up: every deputy on the roll is present, on leave or absent.
        if (status == AttendanceStatus.Unmarked && session.Status != SessionStatus.Planned)
            throw new DomainValidationException([new("Status", ModelText.Roll_NoUnmarkOnceOpen)]);
        var row = await db.Set<SessionAttendance>().FirstOrDefaultAsync(a => a.SessionId == sessionId && a.DeputyId == deputyId, ct)
            ?? throw new DomainValidationException([new("DeputyId", ModelText.Roll_DeputyNotOnRoll)]);
        leaveReason = leaveReason?.Trim() ?? "";
        if (status == AttendanceStatus.OnLeave && leaveReason.Length == 0)
            throw new DomainValidationException([new("LeaveReason", ModelText.Roll_LeaveReasonRequired)]);
        row.Status = status;
        row.LeaveReason = status == AttendanceStatus.OnLeave ? leaveReason : "";
        await db.SaveChangesAsync(ct);
        return await SummaryAsync(sessionId, ct);
    }

    public async Task<AttendanceSummary> SummaryAsync(Guid sessionId, CancellationToken ct = default)
    {
        var counts = await db.Set<SessionAttendance>().Where(a => a.SessionId == sessionId)
            .GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Count(AttendanceStatus s) => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0;
        return new AttendanceSummary(counts.Sum(c => c.Count), Count(AttendanceStatus.Present), Count(AttendanceStatus.OnLeave),
            Count(AttendanceStatus.Absent), Count(AttendanceStatus.Unmarked));
    }

    /// <summary>Opens the session: needs quorum, or an explicit override with a reason (kept on the record and in the audit).</summary>
    public Task<CongressSession> OpenAsync(Guid sessionId, long version, string? quorumOverrideReason = null, CancellationToken ct = default) =>
        OpenAsync(sessionId, version, new OpenSessionInput(quorumOverrideReason), ct);

    /// <summary>
    /// Opens the session when <see cref="SessionOpening.Check"/> passes: the unmarked confirmed absent are
    /// recorded so; the actual start is kept beside the planned one; the session's ordinal is fixed.
    /// </summary>
    public async Task<CongressSession> OpenAsync(Guid sessionId, long version, OpenSessionInput input, CancellationToken ct = default)
    {
        var session = await SessionForAsync(sessionId, SessionAction.Open, ct);
        var summary = await SummaryAsync(sessionId, ct);
        var actualStart = input.ActualStart ?? Today;
        DomainValidationException.ThrowIfAny(SessionOpening.Check(summary, session.PlannedStart, actualStart, input));
        db.EditingVersion(session, version);
        if (summary.Unmarked > 0)
            foreach (var row in await db.Set<SessionAttendance>().Where(a => a.SessionId == sessionId && a.Status == AttendanceStatus.Unmarked).ToListAsync(ct))
                row.Status = AttendanceStatus.Absent;
        session.Status = SessionStatus.InSession;
        session.ActualStart = actualStart;
        session.QuorumOverrideReason = summary.HasQuorum ? null : input.QuorumOverrideReason?.Trim();
        await RenumberAsync(session.TermId, session.Id, ct);
        return session;
    }

    public async Task<CongressSession> CloseAsync(Guid sessionId, long version, DateOnly? actualEnd = null, CancellationToken ct = default)
    {
        var session = await SessionForAsync(sessionId, SessionAction.Close, ct);
        var end = actualEnd ?? Today;
        if (end < session.Start) throw new DomainValidationException([new("ActualEnd", ModelText.Session_CloseBeforeOpen)]);
        db.EditingVersion(session, version);
        session.Status = SessionStatus.Closed;
        session.ActualEnd = end;
        await db.SaveChangesAsync(ct);
        return session;
    }

    public async Task<Election> RecordElectionAsync(Guid sessionId, ElectionInput input, CancellationToken ct = default)
    {
        var session = await SessionForAsync(sessionId, SessionAction.RecordElection, ct);
        var summary = await SummaryAsync(sessionId, ct);
        var check = ElectionRules.CheckRecorded(input.Seats, input.BallotsCast, input.Candidates.Select(c => new BallotLine(c.Name, c.Votes)).ToList(), summary);
        var errors = check.Errors.ToList();
        await CheckAgendaItemAsync(sessionId, input.AgendaItemId, errors, ct);
        DomainValidationException.ThrowIfAny(errors);
        var elected = check.Elected;

        var election = new Election
        {
            TownshipId = session.TownshipId, SessionId = sessionId, AgendaItemId = input.AgendaItemId, Office = input.Office,
            OfficeTitle = OfficeTitle(input.Office, input.OfficeTitle),
            Seats = input.Seats, DeputiesInOffice = summary.InOffice, BallotsCast = input.BallotsCast,
        };
        for (var i = 0; i < input.Candidates.Count; i++)
        {
            var c = input.Candidates[i];
            election.Candidates.Add(new ElectionCandidate
            {
                TownshipId = session.TownshipId, ElectionId = election.Id, Name = c.Name.Trim(), DeputyId = c.DeputyId,
                Order = i + 1, Votes = c.Votes, Elected = elected.Contains(i),
            });
        }
        await SeatElectedAsync(session, election, ct);
        await NumberRoundsAsync(election, ct);
        db.Add(election);
        await db.SaveChangesAsync(ct);
        return election;
    }

    /// <summary>The elected feed the office-holder record, and the presidium when that is the office.</summary>
    private async Task SeatElectedAsync(CongressSession session, Election election, CancellationToken ct)
    {
        foreach (var c in election.Candidates.Where(c => c.Elected).OrderBy(c => c.Order))
        {
            db.Add(new OfficeHolder
            {
                TownshipId = session.TownshipId, TermId = session.TermId, Office = election.Office, OfficeTitle = election.OfficeTitle,
                Name = c.Name, DeputyId = c.DeputyId, ElectionId = election.Id, Since = session.Start,
            });
            if (election.Office == ElectionOffice.PresidiumMember && c.DeputyId is { } deputyId
                && !await db.Set<SessionPresidiumMember>().AnyAsync(p => p.SessionId == session.Id && p.DeputyId == deputyId, ct))
                db.Add(new SessionPresidiumMember { TownshipId = session.TownshipId, SessionId = session.Id, DeputyId = deputyId });
        }
    }

    /// <summary>Numbers the rounds of the session's elections, <paramref name="changed"/> included (or left out when <paramref name="removed"/>).</summary>
    private async Task NumberRoundsAsync(Election changed, CancellationToken ct, bool removed = false)
    {
        var elections = await db.Set<Election>().Where(e => e.SessionId == changed.SessionId && e.Id != changed.Id).ToListAsync(ct);
        if (!removed) elections.Add(changed);
        ElectionRounds.Renumber(elections);
    }

    private static string OfficeTitle(ElectionOffice office, string? title) =>
        string.IsNullOrWhiteSpace(title) ? SessionLabels.Of(office) : title.Trim();

    /// <summary>Sets the session's presidium; members must be deputies of the township, at most one executive chair.</summary>
    public async Task SetPresidiumAsync(Guid sessionId, IReadOnlyCollection<Guid> deputyIds, Guid? executiveChair, CancellationToken ct = default)
    {
        var session = await SessionForAsync(sessionId, SessionAction.SetPresidium, ct);
        var valid = await db.Deputies.Where(d => deputyIds.Contains(d.Id)).Select(d => d.Id).ToListAsync(ct);
        var errors = new List<ValidationError>();
        if (valid.Count != deputyIds.Count) errors.Add(new("Members", ModelText.Presidium_MemberNotDeputy));
        if (executiveChair is { } chair && !deputyIds.Contains(chair)) errors.Add(new("ExecutiveChair", ModelText.Presidium_ChairNotMember));
        DomainValidationException.ThrowIfAny(errors);
        var current = await db.Set<SessionPresidiumMember>().Where(p => p.SessionId == sessionId).ToListAsync(ct);
        db.RemoveRange(current.Where(p => !deputyIds.Contains(p.DeputyId)));
        foreach (var id in deputyIds)
        {
            var member = current.FirstOrDefault(p => p.DeputyId == id);
            if (member is null)
            {
                member = new SessionPresidiumMember { TownshipId = session.TownshipId, SessionId = sessionId, DeputyId = id };
                db.Add(member);
            }
            member.IsExecutiveChair = id == executiveChair;
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The session, when <see cref="SessionWorkflow"/> allows <paramref name="action"/> on it now. On a closed
    /// session made through <see cref="Correcting"/>, the correction is recorded with the change (same save).
    /// </summary>
    private async Task<CongressSession> SessionForAsync(Guid sessionId, SessionAction action, CancellationToken ct)
    {
        var session = await db.FindVisibleAsync<CongressSession>(sessionId, ct);
        var facts = await FactsAsync(session, ct) with { Correcting = _correction is not null && session.Status == SessionStatus.Closed };
        SessionWorkflow.Ensure(facts, action);
        if (facts.Correcting && SessionWorkflow.IsCorrectable(action)) NoteCorrection(session, action);
        return session;
    }

    /// <summary>What <see cref="SessionWorkflow"/> decides on.</summary>
    public async Task<SessionFacts> FactsAsync(CongressSession session, CancellationToken ct = default) =>
        new(session.Status, await db.Set<LivelihoodCandidate>().AnyAsync(c => c.SessionId == session.Id && c.For != null, ct));

    private async Task CheckAgendaItemAsync(Guid sessionId, Guid? agendaItemId, List<ValidationError> errors, CancellationToken ct)
    {
        if (agendaItemId is { } a && !await db.Set<AgendaItem>().AnyAsync(x => x.Id == a && x.SessionId == sessionId, ct))
            errors.Add(new("AgendaItemId", ModelText.Agenda_ItemOfOtherSession));
    }

    private static List<ValidationError> Validate(SessionInput input)
    {
        var errors = new List<ValidationError>();
        if (input.PlannedEnd < input.PlannedStart) errors.Add(new(nameof(input.PlannedEnd), ModelText.Session_CloseBeforeOpen));
        if (input.PlannedEnd.DayNumber - input.PlannedStart.DayNumber > 14) errors.Add(new(nameof(input.PlannedEnd), ModelText.Session_TooLong));
        if (string.IsNullOrWhiteSpace(input.Venue)) errors.Add(new(nameof(input.Venue), ModelText.Meeting_VenueRequired));
        if (input.Kind == SessionKind.Extraordinary && input.ProposedBy is null)
            errors.Add(new(nameof(input.ProposedBy), ModelText.Session_ExtraordinaryProposerRequired));
        return errors;
    }

    private static void Apply(CongressSession s, SessionInput input)
    {
        s.Kind = input.Kind;
        s.ProposedBy = input.Kind == SessionKind.Extraordinary ? input.ProposedBy : null;
        s.PlannedStart = input.PlannedStart;
        s.PlannedEnd = input.PlannedEnd;
        s.Venue = input.Venue.Trim();
        s.NonVotingAttendees = input.NonVotingAttendees.Trim();
        s.MinutesIntro = input.MinutesIntro.Trim();
        s.MinutesClosing = input.MinutesClosing.Trim();
        s.PresidedBy = input.PresidedBy.Trim();
        s.RecordedBy = input.RecordedBy.Trim();
        s.HalfDays = input.HalfDays;
    }
}
