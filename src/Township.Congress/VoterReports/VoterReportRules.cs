using Township.Congress.Resources;
using Township.Congress.Rules;

namespace Township.Congress.VoterReports;

/// <summary>The rating rule and the yearly and per-term flags of reports to voters, each threshold a county setting.</summary>
public static class VoterReportRules
{
    /// <summary>称职 when 称职 votes reach this share of the votes cast.</summary>
    public static readonly RuleSetting CompetentPercent =
        new("voter-reports.competent-percent", RuleArea.VoterReports, RuleUnit.Percent, 80, 0, 100, () => ModelText.Rule_VoterReportCompetentPercent);

    /// <summary>基本称职 when 称职 + 基本称职 votes reach this share (the common rule: 称职和基本称职票之和达到半数).</summary>
    public static readonly RuleSetting BasicallyCompetentPercent =
        new("voter-reports.basically-competent-percent", RuleArea.VoterReports, RuleUnit.Percent, 50, 0, 100, () => ModelText.Rule_VoterReportBasicPercent);

    /// <summary>称职 when the average score reaches this.</summary>
    public static readonly RuleSetting CompetentScore =
        new("voter-reports.competent-score", RuleArea.VoterReports, RuleUnit.Points, 80, 0, 100, () => ModelText.Rule_VoterReportCompetentScore);

    /// <summary>基本称职 when the average score reaches this.</summary>
    public static readonly RuleSetting BasicallyCompetentScore =
        new("voter-reports.basically-competent-score", RuleArea.VoterReports, RuleUnit.Points, 60, 0, 100, () => ModelText.Rule_VoterReportBasicScore);

    /// <summary>Each deputy reports at least this many times in a term.</summary>
    public static readonly RuleSetting PerDeputyPerTerm =
        new("voter-reports.per-deputy-per-term", RuleArea.VoterReports, RuleUnit.Count, 1, 0, 10, () => ModelText.Rule_VoterReportPerTerm);

    /// <summary>A township has at least this many deputies report in a year.</summary>
    public static readonly RuleSetting TownshipPerYear =
        new("voter-reports.township-per-year", RuleArea.VoterReports, RuleUnit.Count, 3, 0, 200, () => ModelText.Rule_VoterReportPerYear);

    /// <summary>
    /// The result from votes: shares of the votes cast in decimal arithmetic, so 79.9% is 基本称职 and
    /// exactly 80% is 称职. Null when no vote was cast.
    /// </summary>
    public static VoterRating? FromVotes(int competent, int basicallyCompetent, int incompetent, CountyRules rules)
    {
        var cast = competent + basicallyCompetent + incompetent;
        if (cast <= 0) return null;
        if ((decimal)competent / cast >= rules.Fraction(CompetentPercent)) return VoterRating.Competent;
        if ((decimal)(competent + basicallyCompetent) / cast >= rules.Fraction(BasicallyCompetentPercent)) return VoterRating.BasicallyCompetent;
        return VoterRating.Incompetent;
    }

    public static VoterRating FromScore(decimal score, CountyRules rules) =>
        score >= rules[CompetentScore] ? VoterRating.Competent
        : score >= rules[BasicallyCompetentScore] ? VoterRating.BasicallyCompetent
        : VoterRating.Incompetent;

    public static VoterRating? Result(VoterReport report, CountyRules rules) => report.RatingMethod switch
    {
        RatingMethod.Votes => FromVotes(report.CompetentVotes, report.BasicallyCompetentVotes, report.IncompetentVotes, rules),
        RatingMethod.Score when report.Score is { } s => FromScore(s, rules),
        _ => null,
    };

    /// <summary>A share of the votes cast as a percent with one decimal (for the result sheet).</summary>
    public static decimal Percent(int votes, int cast) => cast <= 0 ? 0 : Math.Round(100m * votes / cast, 1, MidpointRounding.AwayFromZero);

    public static bool TownshipMeetsYear(int deputiesReported, CountyRules rules) => deputiesReported >= rules.Whole(TownshipPerYear);

    public static bool DeputyMeetsTerm(int reportsInTerm, CountyRules rules) => reportsInTerm >= rules.Whole(PerDeputyPerTerm);
}
