using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Sessions;

/// <summary>
/// Elections prepared before the vote: office, seats and candidates are fixed so the ballots can be
/// printed; the results are recorded later on the same election, by the same counting rules.
/// </summary>
public sealed partial class SessionService
{
    public async Task<Election> PrepareElectionAsync(Guid sessionId, PreparedElectionInput input, CancellationToken ct = default)
    {
        var session = await SessionForAsync(sessionId, SessionAction.PrepareElection, ct);
        var errors = ValidateNominees(input);
        await CheckAgendaItemAsync(sessionId, input.AgendaItemId, errors, ct);
        DomainValidationException.ThrowIfAny(errors);
        var election = new Election
        {
            TownshipId = session.TownshipId, SessionId = sessionId, Status = ElectionStatus.Prepared,
        };
        ApplyNominees(election, input);
        await NumberRoundsAsync(election, ct);
        db.Add(election);
        await db.SaveChangesAsync(ct);
        return election;
    }

    /// <summary>Changes a prepared election (before its results are recorded); the candidates are replaced by the new list.</summary>
    public async Task<Election> UpdatePreparedElectionAsync(Guid electionId, PreparedElectionInput input, long version, CancellationToken ct = default)
    {
        var election = await PreparedElectionAsync(electionId, ct);
        await SessionForAsync(election.SessionId, SessionAction.PrepareElection, ct);
        var errors = ValidateNominees(input);
        await CheckAgendaItemAsync(election.SessionId, input.AgendaItemId, errors, ct);
        DomainValidationException.ThrowIfAny(errors);
        db.EditingVersion(election, version);
        db.RemoveRange(election.Candidates);
        election.Candidates.Clear();
        ApplyNominees(election, input);
        await NumberRoundsAsync(election, ct);
        // Added explicitly: found only through the navigation, a new row with its key already set would be taken for an update.
        db.AddRange(election.Candidates);
        await db.SaveChangesAsync(ct);
        return election;
    }

    public async Task RemovePreparedElectionAsync(Guid electionId, long version, CancellationToken ct = default)
    {
        var election = await PreparedElectionAsync(electionId, ct);
        await SessionForAsync(election.SessionId, SessionAction.RemovePreparedElection, ct);
        db.EditingVersion(election, version);
        db.Remove(election);
        await NumberRoundsAsync(election, ct, removed: true);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Records the results of a prepared election: every candidate's votes and the ballots cast, checked
    /// as <see cref="RecordElectionAsync"/> checks them; write-ins who received votes are added after the candidates.
    /// </summary>
    public async Task<Election> RecordElectionResultsAsync(Guid electionId, ElectionResultsInput input, long version, CancellationToken ct = default)
    {
        var election = await PreparedElectionAsync(electionId, ct);
        var session = await SessionForAsync(election.SessionId, SessionAction.EnterElectionResults, ct);
        var summary = await SummaryAsync(session.Id, ct);
        var candidates = election.Candidates.OrderBy(c => c.Order).ToList();
        var writeIns = input.WriteIns ?? [];
        var errors = new List<ValidationError>();
        if (candidates.Any(c => !input.Votes.ContainsKey(c.Id)))
            errors.Add(new("Votes", ModelText.Election_VotesForEveryCandidate));
        if (input.Votes.Keys.Any(id => candidates.All(c => c.Id != id)))
            errors.Add(new("Votes", ModelText.Election_CandidateOfOtherElection));
        var check = ElectionRules.CheckResults(election.Seats, input.BallotsCast,
            candidates.Select(c => new BallotLine(c.Name, input.Votes.GetValueOrDefault(c.Id))).ToList(),
            writeIns.Select(w => new BallotLine(w.Name, w.Votes)).ToList(), summary);
        errors.AddRange(check.Errors);
        DomainValidationException.ThrowIfAny(errors);
        var votes = candidates.Select(c => input.Votes.GetValueOrDefault(c.Id)).Concat(writeIns.Select(w => w.Votes)).ToList();
        var elected = check.Elected;

        db.EditingVersion(election, version);
        foreach (var w in writeIns)
        {
            var added = new ElectionCandidate
            {
                TownshipId = election.TownshipId, ElectionId = election.Id, Name = w.Name.Trim(), DeputyId = w.DeputyId,
                Order = candidates.Count + 1, WrittenIn = true,
            };
            candidates.Add(added);
            db.Add(added);
        }
        for (var i = 0; i < candidates.Count; i++)
        {
            candidates[i].Votes = votes[i];
            candidates[i].Elected = elected.Contains(i);
        }
        election.BallotsCast = input.BallotsCast;
        election.DeputiesInOffice = summary.InOffice;
        election.Status = ElectionStatus.Recorded;
        await SeatElectedAsync(session, election, ct);
        await db.SaveChangesAsync(ct);
        return election;
    }

    private async Task<Election> PreparedElectionAsync(Guid electionId, CancellationToken ct)
    {
        var election = await db.FindVisibleAsync<Election>(electionId, ct);
        await db.Entry(election).Collection(e => e.Candidates).LoadAsync(ct);
        if (election.Status != ElectionStatus.Prepared)
            throw new DomainValidationException([new("Status", ModelText.Election_ResultRecorded)]);
        return election;
    }

    private static List<ValidationError> ValidateNominees(PreparedElectionInput input) =>
        ElectionRules.CheckNominees(input.Candidates.Select(c => c.Name).ToList(), input.Seats);

    private static void ApplyNominees(Election election, PreparedElectionInput input)
    {
        election.AgendaItemId = input.AgendaItemId;
        election.Office = input.Office;
        election.OfficeTitle = OfficeTitle(input.Office, input.OfficeTitle);
        election.Seats = input.Seats;
        for (var i = 0; i < input.Candidates.Count; i++)
        {
            election.Candidates.Add(new ElectionCandidate
            {
                TownshipId = election.TownshipId, ElectionId = election.Id, Name = input.Candidates[i].Name.Trim(),
                DeputyId = input.Candidates[i].DeputyId, Order = i + 1,
            });
        }
    }
}
