using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;

namespace Township.Congress.Sessions;

/// <summary>Session reads; scoping comes from the context's filters.</summary>
public static class SessionQueries
{
    public static async Task<IReadOnlyList<SessionListItem>> ListSessionsAsync(this CongressDbContext db, Guid? townshipId, int? year, CancellationToken ct = default)
    {
        var query = db.Sessions.AsNoTracking();
        if (townshipId is { } t) query = query.Where(s => s.TownshipId == t);
        if (year is { } y)
        {
            var from = new DateOnly(y, 1, 1);
            var to = new DateOnly(y, 12, 31);
            query = query.Where(s => s.PlannedStart >= from && s.PlannedStart <= to);
        }
        var rows = await query.OrderBy(s => s.PlannedStart)
            .Select(s => new { Session = s, Term = db.Terms.Where(x => x.Id == s.TermId).Select(x => x.Ordinal).First() })
            .ToListAsync(ct);
        return rows.Select(r => new SessionListItem(r.Session.Id, r.Session.TownshipId, SessionNames.Of(r.Term, r.Session.Ordinal),
            r.Session.Kind, r.Session.Status, r.Session.PlannedStart, r.Session.PlannedEnd, r.Session.ActualStart,
            r.Session.ActualEnd, r.Session.LengthDays, r.Session.Venue)).ToList();
    }

    public static async Task<SessionDetails> SessionDetailsAsync(this CongressDbContext db, Guid id, CancellationToken ct = default)
    {
        var session = await db.FindVisibleAsync<CongressSession>(id, ct);
        var township = await db.Townships.AsNoTracking().FirstAsync(t => t.Id == session.TownshipId, ct);
        var term = await db.Terms.AsNoTracking().FirstAsync(t => t.Id == session.TermId, ct);
        var roll = await (from a in db.Set<SessionAttendance>().AsNoTracking()
                          join d in db.Deputies.AsNoTracking() on a.DeputyId equals d.Id
                          where a.SessionId == id
                          orderby d.Group == null ? int.MaxValue : d.Group.SortOrder, d.NameInitials
                          select new RollEntry(d.Id, d.Name, d.Group == null ? null : d.Group.Name, a.Status, a.LeaveReason)
                          {
                              Detail = (d.VillageId == null ? d.WorkUnit : db.Villages.Where(v => v.Id == d.VillageId).Select(v => v.Name).FirstOrDefault()) ?? "",
                          })
            .ToListAsync(ct);
        var agenda = await db.Set<AgendaItem>().AsNoTracking().Where(a => a.SessionId == id).OrderBy(a => a.Order)
            .Select(a => new AgendaEntry(a.Id, a.Order, a.Kind, a.Title, a.DeliberationOpinions, a.Version)).ToListAsync(ct);
        // Votes follow the agenda; within an item (or without one) Guid v7 ids keep the order recorded.
        var agendaOrder = agenda.ToDictionary(a => a.Id, a => a.Order);
        var votes = (await db.Set<SessionVote>().AsNoTracking().Where(v => v.SessionId == id).OrderBy(v => v.Id).ToListAsync(ct))
            .OrderBy(v => v.AgendaItemId is { } item ? agendaOrder.GetValueOrDefault(item, int.MaxValue) : int.MaxValue)
            .Select(v => new VoteEntry(v.Id, v.Title, v.Kind, v.For, v.Against, v.Abstain, v.NotVoting, v.DeputiesInOffice, v.Present, v.Adopted, v.RecordedPerDeputy, v.RevoteReason))
            .ToList();
        var elections = (await db.Set<Election>().AsNoTracking().Include(e => e.Candidates).Where(e => e.SessionId == id).OrderBy(e => e.Id).ToListAsync(ct))
            .OrderBy(e => e.Office).ToList();
        var electionEntries = elections
            .Select(e => new ElectionEntry(e.Id, e.Office, e.OfficeTitle, e.Seats, e.DeputiesInOffice, e.BallotsCast,
                e.Candidates.OrderBy(c => c.Order).Select(c => new CandidateEntry(c.Name, c.Votes, c.Elected, c.WrittenIn)).ToList(), e.Status,
                e.Scrutineers, e.Counters, e.BallotsIssued, e.BallotsValid, e.BallotsInvalid)
            {
                Round = e.Round, Rounds = elections.Count(x => x.Office == e.Office && x.OfficeTitle == e.OfficeTitle),
            })
            .ToList();
        var corrections = await db.Set<SessionCorrection>().AsNoTracking().Where(c => c.SessionId == id).OrderBy(c => c.AtUtc).ThenBy(c => c.Id)
            .Select(c => new CorrectionEntry(c.Change, c.Reason, c.ByUserName, c.AtUtc)).ToListAsync(ct);
        var projects = await db.Set<LivelihoodCandidate>().AsNoTracking().Where(c => c.SessionId == id).OrderBy(c => c.Order)
            .Select(c => new LivelihoodCandidateEntry(c.Id, c.Order, c.Name, c.Description, c.OwnerUnit, c.EstimatedBudget,
                c.For, c.Against, c.Abstain, c.DeputiesInOffice, c.Chosen, c.Version))
            .ToListAsync(ct);
        var presidium = await (from p in db.Set<SessionPresidiumMember>().AsNoTracking()
                               join d in db.Deputies.AsNoTracking() on p.DeputyId equals d.Id
                               where p.SessionId == id
                               orderby p.IsExecutiveChair descending, d.NameInitials
                               select new PresidiumEntry(d.Id, d.Name, p.IsExecutiveChair)).ToListAsync(ct);
        var summary = AttendanceSummary.Of(roll);
        return new SessionDetails(session.Id, session.TownshipId, township.Name, term.Ordinal, session.Ordinal,
            SessionNames.Of(term.Ordinal, session.Ordinal), session.Kind, session.ProposedBy, session.Status,
            session.PlannedStart, session.PlannedEnd, session.ActualStart, session.ActualEnd, session.LengthDays, session.Venue,
            session.QuorumOverrideReason, session.NonVotingAttendees, session.MinutesIntro, session.MinutesClosing,
            summary, roll, agenda, votes, electionEntries, presidium, session.LivelihoodSeats, projects, session.Version,
            session.PresidedBy, session.RecordedBy, session.HalfDays)
        {
            Corrections = corrections,
        };
    }
}
