using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Sessions;

/// <summary>
/// 计票情况 of one election: who scrutinised (监票人) and counted (计票人), and the ballots issued,
/// returned, valid and invalid. The counts are given together or not at all.
/// </summary>
public sealed record ElectionTallyInput(string Scrutineers, string Counters, int? BallotsIssued = null, int? BallotsReturned = null,
    int? BallotsValid = null, int? BallotsInvalid = null);

/// <summary>等额选举 (as many candidates as seats) or 差额选举 (more candidates than seats).</summary>
public enum ElectionCompetition
{
    Equal,
    Competitive,
}

public static class ElectionTallyRules
{
    /// <summary>Derived from the nominated candidates (write-ins do not count) against the seats.</summary>
    public static ElectionCompetition Competition(int nominees, int seats) =>
        nominees > seats ? ElectionCompetition.Competitive : ElectionCompetition.Equal;

    public static string Label(ElectionCompetition competition) => competition == ElectionCompetition.Competitive ? "差额选举" : "等额选举"; // Chinese by design: printed labels

    /// <summary>
    /// The checks of a tally. <paramref name="ballotsCast"/> is the election's recorded 收回 count (null while
    /// only prepared): a tally must agree with it. <paramref name="present"/> bounds the ballots issued.
    /// </summary>
    public static List<ValidationError> Check(ElectionTallyInput t, int? ballotsCast, int present, IReadOnlyList<int> candidateVotes)
    {
        var errors = new List<ValidationError>();
        if (t.Scrutineers.Trim().Length > 200) errors.Add(new("Scrutineers", ModelText.Tally_ScrutineersTooLong));
        if (t.Counters.Trim().Length > 200) errors.Add(new("Counters", ModelText.Tally_CountersTooLong));
        int?[] counts = [t.BallotsIssued, t.BallotsReturned, t.BallotsValid, t.BallotsInvalid];
        if (counts.All(c => c is null)) return errors;
        if (counts.Any(c => c is null))
        {
            errors.Add(new("BallotsIssued", ModelText.Tally_CountsTogether));
            return errors;
        }

        var (issued, returned, valid, invalid) = (t.BallotsIssued!.Value, t.BallotsReturned!.Value, t.BallotsValid!.Value, t.BallotsInvalid!.Value);
        if (counts.Any(c => c < 0)) errors.Add(new("BallotsIssued", ModelText.Tally_CountNegative));
        if (issued > present) errors.Add(new("BallotsIssued", string.Format(ModelText.Tally_IssuedOverPresent, issued, present)));
        if (returned > issued) errors.Add(new("BallotsReturned", string.Format(ModelText.Tally_ReturnedOverIssued, returned, issued)));
        if (valid + invalid != returned)
            errors.Add(new("BallotsValid", string.Format(ModelText.Tally_ValidPlusInvalid, valid, invalid, returned)));
        if (ballotsCast is { } cast && cast != returned)
            errors.Add(new("BallotsReturned", string.Format(ModelText.Tally_ReturnedAsRecorded, cast)));
        if (candidateVotes.Any(v => v > valid))
            errors.Add(new("BallotsValid", string.Format(ModelText.Tally_VotesOverValid, valid)));
        return errors;
    }
}
