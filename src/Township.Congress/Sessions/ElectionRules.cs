using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Sessions;

/// <summary>What the checks found: the problems in Chinese and, when counted, the indexes of the elected.</summary>
public sealed record ElectionCheck(IReadOnlyList<ValidationError> Errors, IReadOnlySet<int> Elected)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>A name on the ballot with its votes (0 while only prepared).</summary>
public sealed record BallotLine(string Name, int Votes);

/// <summary>
/// The checks of an election, pure: the service calls them before saving and the forms call them
/// on every keystroke, so both show the same messages. Who is elected is <see cref="SessionRules.Elected"/>.
/// </summary>
public static class ElectionRules
{
    /// <summary>A prepared election: at least one candidate, no blank or repeated names, at least as many as seats.</summary>
    public static List<ValidationError> CheckNominees(IReadOnlyList<string> candidateNames, int seats)
    {
        var errors = new List<ValidationError>();
        var names = candidateNames.Select(n => n.Trim()).ToList();
        if (names.Count == 0) errors.Add(new("Candidates", ModelText.Election_CandidateRequired));
        if (names.Any(n => n.Length == 0)) errors.Add(new("Candidates", ModelText.Election_CandidateNameEmpty));
        if (names.Where(n => n.Length > 0).Distinct().Count() != names.Count(n => n.Length > 0)) errors.Add(new("Candidates", ModelText.Election_CandidateNameRepeated));
        if (seats < 1) errors.Add(new("Seats", ModelText.Election_SeatsAtLeastOne));
        else if (names.Count > 0 && names.Count < seats)
            errors.Add(new("Candidates", string.Format(ModelText.Election_FewerCandidatesThanSeats, names.Count, seats)));
        return errors;
    }

    /// <summary>An election recorded with its votes at once.</summary>
    public static ElectionCheck CheckRecorded(int seats, int ballotsCast, IReadOnlyList<BallotLine> candidates, AttendanceSummary roll)
    {
        var errors = new List<ValidationError>();
        if (candidates.Count == 0) errors.Add(new("Candidates", ModelText.Election_CandidateRequired));
        if (candidates.Any(c => string.IsNullOrWhiteSpace(c.Name))) errors.Add(new("Candidates", ModelText.Election_CandidateNameEmpty));
        var elected = CheckCounts(roll, seats, ballotsCast, candidates.Select(c => c.Votes).ToList(), errors);
        return new(errors, elected);
    }

    /// <summary>
    /// The results of a prepared election: its candidates in ballot order, then the write-ins (另选人);
    /// the elected are indexes into that joined list.
    /// </summary>
    public static ElectionCheck CheckResults(int seats, int ballotsCast, IReadOnlyList<BallotLine> candidates, IReadOnlyList<BallotLine> writeIns,
        AttendanceSummary roll)
    {
        var errors = new List<ValidationError>();
        if (writeIns.Any(w => string.IsNullOrWhiteSpace(w.Name))) errors.Add(new("WriteIns", ModelText.Election_WriteInNameEmpty));
        var names = candidates.Concat(writeIns).Select(c => c.Name.Trim()).ToList();
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count) errors.Add(new("WriteIns", ModelText.Election_WriteInNameClash));
        if (ballotsCast < 0) errors.Add(new("BallotsCast", ModelText.Election_BallotsNegative));
        var elected = CheckCounts(roll, seats, ballotsCast, candidates.Concat(writeIns).Select(c => c.Votes).ToList(), errors);
        return new(errors, elected);
    }

    /// <summary>The counting checks of an election's results; returns the indexes of the elected.</summary>
    private static IReadOnlySet<int> CheckCounts(AttendanceSummary roll, int seats, int ballotsCast, IReadOnlyList<int> votes, List<ValidationError> errors)
    {
        if (ballotsCast > roll.Present)
            errors.Add(new("BallotsCast", string.Format(ModelText.Election_BallotsOverPresent, ballotsCast, roll.Present)));
        if (votes.Sum(v => (long)v) > (long)ballotsCast * seats)
            errors.Add(new("Votes", ModelText.Election_VotesOverBallots));
        return SessionRules.Elected(votes, seats, roll.InOffice, ballotsCast, errors);
    }

    /// <summary>
    /// The deputy a candidate is, when exactly one deputy on the roll has that name (compared ordinally,
    /// whatever the culture); null when none or several do (then the name stands alone).
    /// </summary>
    public static Guid? DeputyNamed(string name, IEnumerable<(Guid DeputyId, string Name)> roll)
    {
        name = name.Trim();
        var matches = roll.Where(r => string.Equals(r.Name, name, StringComparison.Ordinal)).Take(2).ToList();
        return matches.Count == 1 ? matches[0].DeputyId : null;
    }
}
