using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Sessions;

/// <summary>
/// The counting rules of a township congress (Local Organic Law): quorum of two thirds of all
/// deputies, and "more than half of all deputies" — not of those present — to adopt or elect.
/// </summary>
public static class SessionRules
{
    /// <summary>Deputies who must be present to open: at least two thirds of all in office.</summary>
    public static int QuorumRequired(int deputiesInOffice) => (deputiesInOffice * 2 + 2) / 3;

    public static bool HasQuorum(int present, int deputiesInOffice) => deputiesInOffice > 0 && present * 3 >= deputiesInOffice * 2;

    /// <summary>Votes needed to pass or be elected: more than half of all deputies in office.</summary>
    public static int MajorityRequired(int deputiesInOffice) => deputiesInOffice / 2 + 1;

    public static bool IsMajorityOfAll(int votes, int deputiesInOffice) => votes * 2 > deputiesInOffice;

    /// <summary>Checks a vote's counts against the roll; returns the problems in Chinese.</summary>
    public static List<ValidationError> ValidateCounts(int forVotes, int against, int abstain, int present)
    {
        var errors = new List<ValidationError>();
        if (forVotes < 0 || against < 0 || abstain < 0) errors.Add(new("Counts", ModelText.Vote_Negative));
        if (forVotes + against + abstain > present)
            errors.Add(new("Counts", string.Format(ModelText.Vote_OverPresent, forVotes + against + abstain, present)));
        return errors;
    }

    /// <summary>
    /// Decides who is elected: candidates with a majority of all deputies, most votes first, at most
    /// <paramref name="seats"/>. A tie at the last seat cannot be decided by counting and is refused
    /// (the law calls for another round of voting).
    /// </summary>
    public static IReadOnlySet<int> Elected(IReadOnlyList<int> votes, int seats, int deputiesInOffice, int ballotsCast, List<ValidationError> errors)
    {
        if (seats < 1) errors.Add(new("Seats", ModelText.Election_SeatsAtLeastOne));
        if (ballotsCast < 0) errors.Add(new("BallotsCast", ModelText.Election_BallotsNegative));
        for (var i = 0; i < votes.Count; i++)
        {
            if (votes[i] < 0) errors.Add(new("Votes", ModelText.Election_VotesNegative));
            if (votes[i] > ballotsCast) errors.Add(new("Votes", string.Format(ModelText.Election_CandidateOverBallots, i + 1, votes[i], ballotsCast)));
        }
        var (chosen, tie) = TopWithMajority(votes, seats, deputiesInOffice);
        if (tie is { } t)
            errors.Add(new("Votes", string.Format(ModelText.Election_TieAtLastSeat, seats, seats + 1, t)));
        return chosen;
    }

    /// <summary>
    /// Decides which livelihood projects are chosen (入选): "for" from more than half of all deputies in
    /// office and, when the session fixed <paramref name="seats"/>, only the top that many by "for" votes.
    /// A tie at the last seat is refused, as in elections: the tied projects are voted on again.
    /// </summary>
    public static IReadOnlySet<int> ChosenProjects(IReadOnlyList<int> forVotes, int? seats, int deputiesInOffice, List<ValidationError> errors)
    {
        if (seats is < 1) errors.Add(new("Seats", ModelText.Livelihood_SeatsAtLeastOne));
        var (chosen, tie) = TopWithMajority(forVotes, seats ?? forVotes.Count, deputiesInOffice);
        if (tie is { } t)
            errors.Add(new("Counts", string.Format(ModelText.Livelihood_TieAtLastPlace, seats, seats + 1, t)));
        return chosen;
    }

    /// <summary>
    /// Checks a livelihood-project vote (each project's counts against the roll, seats against the
    /// candidates) and decides which are chosen; the problems are added to <paramref name="errors"/> in Chinese.
    /// </summary>
    public static IReadOnlySet<int> ProjectResults(IReadOnlyList<(string Name, int For, int Against, int Abstain)> projects, int? seats,
        int present, int deputiesInOffice, List<ValidationError> errors)
    {
        for (var i = 0; i < projects.Count; i++)
        {
            var p = projects[i];
            foreach (var e in ValidateCounts(p.For, p.Against, p.Abstain, present))
                errors.Add(new($"Counts[{i}]", string.Format(ModelText.Livelihood_ProjectProblem, p.Name, e.Message)));
        }
        if (seats > projects.Count)
            errors.Add(new("Seats", string.Format(ModelText.Livelihood_MoreSeatsThanProjects, seats, projects.Count)));
        return ChosenProjects(projects.Select(p => p.For).ToList(), seats, deputiesInOffice, errors);
    }

    /// <summary>Those with a majority of all, most votes first, at most <paramref name="seats"/>; the tied vote count when the last seat is tied.</summary>
    private static (IReadOnlySet<int> Chosen, int? Tie) TopWithMajority(IReadOnlyList<int> votes, int seats, int deputiesInOffice)
    {
        var qualified = Enumerable.Range(0, votes.Count).Where(i => IsMajorityOfAll(votes[i], deputiesInOffice))
            .OrderByDescending(i => votes[i]).ToList();
        int? tie = qualified.Count > seats && seats >= 1 && votes[qualified[seats - 1]] == votes[qualified[seats]] ? votes[qualified[seats]] : null;
        return (qualified.Take(Math.Max(0, seats)).ToHashSet(), tie);
    }
}
