using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Sessions;

/// <summary>The 计票情况 of an election, recorded beside its results (or before them: 监票人 are named before the vote).</summary>
public sealed partial class SessionService
{
    public async Task<Election> SetElectionTallyAsync(Guid electionId, ElectionTallyInput input, long version, CancellationToken ct = default)
    {
        var election = await db.FindVisibleAsync<Election>(electionId, ct);
        await db.Entry(election).Collection(e => e.Candidates).LoadAsync(ct);
        var recorded = election.Status == ElectionStatus.Recorded;
        var session = await SessionForAsync(election.SessionId, recorded ? SessionAction.EnterElectionResults : SessionAction.PrepareElection, ct);
        var present = (await SummaryAsync(session.Id, ct)).Present;
        if (!recorded && input.BallotsIssued is not null)
            throw new DomainValidationException([new("BallotsIssued", ModelText.Tally_ResultsFirst)]);
        DomainValidationException.ThrowIfAny(ElectionTallyRules.Check(input, recorded ? election.BallotsCast : null, present,
            election.Candidates.Select(c => c.Votes).ToList()));
        db.EditingVersion(election, version);
        election.Scrutineers = input.Scrutineers.Trim();
        election.Counters = input.Counters.Trim();
        election.BallotsIssued = input.BallotsIssued;
        election.BallotsValid = input.BallotsValid;
        election.BallotsInvalid = input.BallotsInvalid;
        await db.SaveChangesAsync(ct);
        return election;
    }
}
