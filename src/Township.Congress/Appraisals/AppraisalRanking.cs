using Township.Congress.Rules;

namespace Township.Congress.Appraisals;

/// <summary>One subject's result: its counts, shares, grade by <see cref="SatisfactionRule"/> and rank.</summary>
public sealed record SubjectResult(Guid SubjectId, string Name, AppraisalSubjectKind Kind, int Satisfied, int BasicallySatisfied,
    int Unsatisfied, SatisfactionGrade? Grade, int? Rank)
{
    public int Voting => Satisfied + BasicallySatisfied + Unsatisfied;

    /// <summary>满意率 in percent (0 when nobody voted).</summary>
    public decimal SatisfiedPercent => Percent(Satisfied);

    /// <summary>满意 + 基本满意 in percent.</summary>
    public decimal AcceptablePercent => Percent(Satisfied + BasicallySatisfied);

    private decimal Percent(int votes) => Voting == 0 ? 0 : Math.Round(votes * 100m / Voting, 1, MidpointRounding.AwayFromZero);
}

/// <summary>The results of an appraisal's subjects and their ranking.</summary>
public static class AppraisalRanking
{
    /// <summary>
    /// Ranks by the share of 满意, then by the share of 满意 + 基本满意. Subjects equal on both share a
    /// rank and the next rank skips (1, 1, 3: "standard competition" ranking, as results are published),
    /// and are listed in their own order. Shares are compared as exact fractions, not rounded percentages,
    /// so 2/3 and 66.7% never tie by accident. Subjects nobody voted on get no grade and no rank, last.
    /// </summary>
    public static List<SubjectResult> Rank(IEnumerable<AppraisalSubject> subjects, CountyRules rules)
    {
        var ordered = subjects.OrderBy(s => s.SortOrder).ToList();
        var voted = ordered.Where(s => s.Voting > 0).ToList();
        var sorted = voted.Order(Comparer<AppraisalSubject>.Create(Compare)).ToList();
        var results = new List<SubjectResult>();
        for (var i = 0; i < sorted.Count; i++)
        {
            var rank = i > 0 && Compare(sorted[i - 1], sorted[i]) == 0 ? results[i - 1].Rank : i + 1;
            results.Add(Result(sorted[i], rank, rules));
        }
        results.AddRange(ordered.Where(s => s.Voting == 0).Select(s => Result(s, null, rules)));
        return results;
    }

    private static SubjectResult Result(AppraisalSubject s, int? rank, CountyRules rules) => new(s.Id, s.DisplayName, s.Kind,
        s.Satisfied, s.BasicallySatisfied, s.Unsatisfied, SatisfactionRule.Grade(s.Satisfied, s.BasicallySatisfied, s.Unsatisfied, rules), rank);

    /// <summary>Better first: a/b against c/d as a·d against c·b (counts are small, long cannot overflow).</summary>
    private static int Compare(AppraisalSubject x, AppraisalSubject y)
    {
        var bySatisfied = Share(y.Satisfied, y.Voting, x.Satisfied, x.Voting);
        if (bySatisfied != 0) return bySatisfied;
        var byAcceptable = Share(y.Satisfied + y.BasicallySatisfied, y.Voting, x.Satisfied + x.BasicallySatisfied, x.Voting);
        // Equal on both: a tie (the stable sort keeps the subjects' own order).
        return byAcceptable;
    }

    private static int Share(int a, int b, int c, int d) => ((long)a * d).CompareTo((long)c * b);
}
