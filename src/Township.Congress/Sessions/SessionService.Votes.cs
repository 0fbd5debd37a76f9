using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Sessions;

/// <summary>
/// 表决: recorded, edited or removed until the session closes (after that, by 更正 only). A second vote on the
/// same matter is a 复议/重新表决 and needs its reason.
/// </summary>
public sealed partial class SessionService
{
    public async Task<SessionVote> RecordVoteAsync(Guid sessionId, VoteInput input, CancellationToken ct = default)
    {
        var session = await SessionForAsync(sessionId, SessionAction.RecordVote, ct);
        var vote = new SessionVote { TownshipId = session.TownshipId, SessionId = sessionId, Title = "" };
        await ApplyVoteAsync(vote, input, ct);
        db.Add(vote);
        await db.SaveChangesAsync(ct);
        return vote;
    }

    /// <summary>Corrects a vote's matter or counts; the roll's figures are taken again as they stand.</summary>
    public async Task<SessionVote> UpdateVoteAsync(Guid voteId, VoteInput input, long version, CancellationToken ct = default)
    {
        var vote = await db.FindVisibleAsync<SessionVote>(voteId, ct);
        await SessionForAsync(vote.SessionId, SessionAction.EditVote, ct);
        db.EditingVersion(vote, version);
        await db.Entry(vote).Collection(v => v.DeputyVotes).LoadAsync(ct);
        db.RemoveRange(vote.DeputyVotes);
        vote.DeputyVotes.Clear();
        await ApplyVoteAsync(vote, input, ct);
        // Added explicitly: found only through the navigation, a new row with its key already set would be taken for an update.
        db.AddRange(vote.DeputyVotes);
        await db.SaveChangesAsync(ct);
        return vote;
    }

    public async Task RemoveVoteAsync(Guid voteId, long version, CancellationToken ct = default)
    {
        var vote = await db.FindVisibleAsync<SessionVote>(voteId, ct);
        await SessionForAsync(vote.SessionId, SessionAction.EditVote, ct);
        db.EditingVersion(vote, version);
        db.Remove(vote);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Checks <paramref name="input"/> against the roll and the session's other votes, and writes it onto <paramref name="vote"/>.</summary>
    private async Task ApplyVoteAsync(SessionVote vote, VoteInput input, CancellationToken ct)
    {
        var sessionId = vote.SessionId;
        var summary = await SummaryAsync(sessionId, ct);
        if (input.PerDeputy is { } choices)
        {
            var present = await db.Set<SessionAttendance>()
                .Where(a => a.SessionId == sessionId && a.Status == AttendanceStatus.Present).Select(a => a.DeputyId).ToListAsync(ct);
            if (choices.Keys.Except(present).Any())
                throw new DomainValidationException([new("PerDeputy", ModelText.Vote_PerDeputyPresentOnly)]);
            input = input with
            {
                For = choices.Count(c => c.Value == VoteChoice.For),
                Against = choices.Count(c => c.Value == VoteChoice.Against),
                Abstain = choices.Count(c => c.Value == VoteChoice.Abstain),
            };
        }
        var errors = SessionRules.ValidateCounts(input.For, input.Against, input.Abstain, summary.Present);
        if (string.IsNullOrWhiteSpace(input.Title)) errors.Add(new("Title", ModelText.Vote_SubjectRequired));
        await CheckAgendaItemAsync(sessionId, input.AgendaItemId, errors, ct);
        var others = await db.Set<SessionVote>().AsNoTracking().Where(v => v.SessionId == sessionId && v.Id != vote.Id)
            .Select(v => new { v.Id, v.AgendaItemId, v.Title }).ToListAsync(ct);
        var self = db.Entry(vote).State == EntityState.Detached ? (Guid?)null : vote.Id;
        var revote = Revotes.IsRevote(others.Select(o => (o.Id, o.AgendaItemId, o.Title)), input.AgendaItemId, input.Title ?? "", self);
        var reason = input.RevoteReason?.Trim();
        if (revote && string.IsNullOrEmpty(reason)) errors.Add(Revotes.ReasonMissing(input.Title ?? ""));
        if (reason is { Length: > 500 }) errors.Add(new("RevoteReason", ModelText.Vote_RevoteReasonTooLong));
        DomainValidationException.ThrowIfAny(errors);

        vote.AgendaItemId = input.AgendaItemId;
        vote.Kind = input.Kind;
        vote.Title = input.Title!.Trim();
        vote.For = input.For;
        vote.Against = input.Against;
        vote.Abstain = input.Abstain;
        vote.DeputiesInOffice = summary.InOffice;
        vote.Present = summary.Present;
        vote.Adopted = SessionRules.IsMajorityOfAll(input.For, summary.InOffice);
        vote.RecordedPerDeputy = input.PerDeputy is not null;
        vote.RevoteReason = revote ? reason : null;
        foreach (var (deputyId, choice) in input.PerDeputy ?? new Dictionary<Guid, VoteChoice>())
            vote.DeputyVotes.Add(new DeputyVote { TownshipId = vote.TownshipId, VoteId = vote.Id, DeputyId = deputyId, Choice = choice });
    }
}
