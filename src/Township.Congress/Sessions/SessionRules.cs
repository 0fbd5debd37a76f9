using Township.Congress.Model;

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
        if (forVotes < 0 || against < 0 || abstain < 0) errors.Add(new("Counts", "票数不能为负数。"));
        if (forVotes + against + abstain > present)
            errors.Add(new("Counts", $"赞成、反对、弃权合计 {forVotes + against + abstain} 票，超过出席代表 {present} 人。"));
        return errors;
    }

    /// <summary>
    /// Decides who is elected: candidates with a majority of all deputies, most votes first, at most
    /// <paramref name="seats"/>. A tie at the last seat cannot be decided by counting and is refused
    /// (the law calls for another round of voting).
    /// </summary>
    public static IReadOnlySet<int> Elected(IReadOnlyList<int> votes, int seats, int deputiesInOffice, int ballotsCast, List<ValidationError> errors)
    {
        if (seats < 1) errors.Add(new("Seats", "应选名额至少为1。"));
        if (ballotsCast < 0) errors.Add(new("BallotsCast", "收回选票数不能为负数。"));
        for (var i = 0; i < votes.Count; i++)
        {
            if (votes[i] < 0) errors.Add(new("Votes", "得票数不能为负数。"));
            if (votes[i] > ballotsCast) errors.Add(new("Votes", $"第{i + 1}位候选人得票 {votes[i]} 票，超过收回选票 {ballotsCast} 张。"));
        }
        var (chosen, tie) = TopWithMajority(votes, seats, deputiesInOffice);
        if (tie is { } t)
            errors.Add(new("Votes", $"得票过半数的候选人多于应选名额，且第{seats}名与第{seats + 1}名票数相同（{t}票），应就票数相同的候选人再次投票。"));
        return chosen;
    }

    /// <summary>
    /// Decides which livelihood projects are chosen (入选): "for" from more than half of all deputies in
    /// office and, when the session fixed <paramref name="seats"/>, only the top that many by "for" votes.
    /// A tie at the last seat is refused, as in elections: the tied projects are voted on again.
    /// </summary>
    public static IReadOnlySet<int> ChosenProjects(IReadOnlyList<int> forVotes, int? seats, int deputiesInOffice, List<ValidationError> errors)
    {
        if (seats is < 1) errors.Add(new("Seats", "应选项目数至少为1。"));
        var (chosen, tie) = TopWithMajority(forVotes, seats ?? forVotes.Count, deputiesInOffice);
        if (tie is { } t)
            errors.Add(new("Counts", $"赞成票过半数的项目多于应选项目数，且第{seats}名与第{seats + 1}名赞成票相同（{t}票），应就票数相同的项目再次表决。"));
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
                errors.Add(new($"Counts[{i}]", $"{p.Name}：{e.Message}"));
        }
        if (seats > projects.Count)
            errors.Add(new("Seats", $"应选项目数（{seats}项）多于候选项目数（{projects.Count}项）。"));
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
