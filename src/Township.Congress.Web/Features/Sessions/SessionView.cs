using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Sessions;

namespace Township.Congress.Web.Features.Sessions;

/// <summary>Everything the session page shows, read in one go.</summary>
public sealed class SessionView
{
    public required CongressSession Session { get; init; }
    public required string Name { get; init; }
    public required string TownshipName { get; init; }
    public bool CanEdit { get; init; }
    public List<RollEntry> Roll { get; init; } = [];
    public List<AgendaItem> Agenda { get; init; } = [];
    public List<SessionVote> Votes { get; init; } = [];
    public List<Election> Elections { get; init; } = [];
    public List<SessionPresidiumMember> Presidium { get; init; } = [];

    /// <summary>民生实事候选项目 in ballot order.</summary>
    public List<LivelihoodCandidate> LivelihoodCandidates { get; init; } = [];

    /// <summary>Once any count is recorded the candidate list is fixed.</summary>
    public bool ProjectsVoted => LivelihoodCandidates.Any(c => c.Voted);

    /// <summary>The reason of the 更正 the secretary started on this closed session; null while not correcting.</summary>
    public string? CorrectionReason { get; set; }

    /// <summary>What <see cref="SessionWorkflow"/> decides on, as shown.</summary>
    public SessionFacts Facts => new(Session.Status, ProjectsVoted, CorrectionReason is not null && Session.Status == SessionStatus.Closed);

    /// <summary>The service for a change from this page: making the 更正 when one was started.</summary>
    public SessionService Service(SessionService sessions) => sessions.Correcting(Facts.Correcting ? CorrectionReason : null);

    /// <summary>How many rounds the office of <paramref name="election"/> had at this session.</summary>
    public int RoundsOf(Election election) => Elections.Count(e => e.Office == election.Office && e.OfficeTitle == election.OfficeTitle);

    /// <summary>A vote on a matter already voted on needs a reason, by <see cref="Revotes.IsRevote"/>.</summary>
    public bool IsRevote(Guid? agendaItemId, string title, Guid? self = null) =>
        Revotes.IsRevote(Votes.Select(v => (v.Id, v.AgendaItemId, v.Title)), agendaItemId, title, self);

    /// <summary>The user may change this township's records and the session's state allows <paramref name="action"/>.</summary>
    public bool Can(SessionAction action) => CanEdit && SessionWorkflow.Allows(Facts, action);

    /// <summary>Why the session's state does not allow <paramref name="action"/> (null when it does, or when the user only reads).</summary>
    public string? RefusalOf(SessionAction action) => CanEdit ? SessionWorkflow.Refusal(Facts, action) : null;

    /// <summary>The deputy a candidate of that name is, by <see cref="ElectionRules.DeputyNamed"/>.</summary>
    public Guid? DeputyNamed(string name) => ElectionRules.DeputyNamed(name, Roll.Select(r => (r.DeputyId, r.Name)));

    /// <summary>Counted from the roll as shown, so the indicator follows every click at once.</summary>
    public AttendanceSummary Summary => AttendanceSummary.Of(Roll);

    public string DeputyName(Guid id) => Roll.FirstOrDefault(r => r.DeputyId == id)?.Name ?? "";

    /// <summary>Reads a session the user may see; null when it does not exist or is another township's.</summary>
    public static async Task<SessionView?> LoadAsync(CongressDbContext db, Guid id, CancellationToken ct = default)
    {
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null) return null;
        var term = await db.Terms.AsNoTracking().FirstAsync(t => t.Id == session.TermId, ct);
        var township = await db.Townships.AsNoTracking().FirstAsync(t => t.Id == session.TownshipId, ct);

        var attendance = await db.Set<SessionAttendance>().AsNoTracking().Where(a => a.SessionId == id).ToListAsync(ct);
        var deputyIds = attendance.Select(a => a.DeputyId).ToList();
        var deputies = await db.Deputies.AsNoTracking().Where(d => deputyIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Name, d.NameInitials, d.VillageId, d.WorkUnit, Group = d.Group == null ? null : d.Group.Name }).ToListAsync(ct);
        var villages = await db.Villages.AsNoTracking().Where(v => v.TownshipId == session.TownshipId).ToDictionaryAsync(v => v.Id, v => v.Name, ct);
        var byId = deputies.ToDictionary(d => d.Id);
        var roll = attendance.Where(a => byId.ContainsKey(a.DeputyId))
            .Select(a =>
            {
                var d = byId[a.DeputyId];
                var detail = d.VillageId is { } v && villages.TryGetValue(v, out var village) ? village : d.WorkUnit ?? "";
                return (d.NameInitials, Entry: new RollEntry(d.Id, d.Name, d.Group, a.Status, a.LeaveReason) { Detail = detail });
            })
            .OrderBy(x => x.NameInitials, StringComparer.Ordinal).ThenBy(x => x.Entry.Name, StringComparer.Ordinal)
            .Select(x => x.Entry).ToList();

        return new SessionView
        {
            Session = session,
            Name = SessionNames.Of(term.Ordinal, session.Ordinal, township.Name),
            TownshipName = township.Name,
            CanEdit = db.Scope.CanWrite(session.TownshipId),
            Roll = roll,
            Agenda = await db.Set<AgendaItem>().AsNoTracking().Where(a => a.SessionId == id).OrderBy(a => a.Order).ToListAsync(ct),
            Votes = await db.Set<SessionVote>().AsNoTracking().Where(v => v.SessionId == id).OrderBy(v => v.Id).ToListAsync(ct),
            Elections = await db.Set<Election>().AsNoTracking().Include(e => e.Candidates).Where(e => e.SessionId == id)
                .OrderBy(e => e.Id).ToListAsync(ct),
            Presidium = await db.Set<SessionPresidiumMember>().AsNoTracking().Where(p => p.SessionId == id).ToListAsync(ct),
            LivelihoodCandidates = await db.Set<LivelihoodCandidate>().AsNoTracking().Where(c => c.SessionId == id).OrderBy(c => c.Order).ToListAsync(ct),
        };
    }
}
