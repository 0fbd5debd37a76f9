using Township.Congress.Resources;
using Township.Congress.Rules;

namespace Township.Congress.DeputyRecords;

/// <summary>评定等次 of a year's points.</summary>
public enum PointsBand
{
    /// <summary>优秀</summary>
    Excellent,
    /// <summary>良好</summary>
    Good,
    /// <summary>合格</summary>
    Pass,
    /// <summary>不合格: the lowest band.</summary>
    Fail,
}

/// <summary>The kinds of item the points scheme counts, in the order the breakdown lists them.</summary>
public enum PointsKind
{
    SuggestionLed,
    SuggestionCoSigned,
    InspectionAttended,
    OtherActivityAttended,
    ReceptionDay,
    ReportToVoters,
    DeclaredItem,
    AbsentHalfDay,
    AbsentDay,
}

/// <summary>
/// 履职积分 (domain.md, "Rules found in practice"): a base score, points per item kind, optional
/// caps per kind and year (0 = no cap), deductions for unexcused absence from sessions, and band
/// thresholds — every number a county setting in <see cref="RuleArea.DeputyPoints"/>.
/// Computed on read, so a changed scheme re-scores every unfrozen year.
/// </summary>
public static class PointsScheme
{
    public static readonly RuleSetting Base =
        new("deputy-points.base", RuleArea.DeputyPoints, RuleUnit.Points, 60, 0, 100, () => ModelText.Rule_PointsBase);
    public static readonly RuleSetting SuggestionLed =
        new("deputy-points.suggestion-led", RuleArea.DeputyPoints, RuleUnit.Points, 3, 0, 20, () => ModelText.Rule_PointsSuggestionLed);
    public static readonly RuleSetting SuggestionCoSigned =
        new("deputy-points.suggestion-co-signed", RuleArea.DeputyPoints, RuleUnit.Points, 1, 0, 20, () => ModelText.Rule_PointsSuggestionCoSigned);
    public static readonly RuleSetting InspectionAttended =
        new("deputy-points.inspection-attended", RuleArea.DeputyPoints, RuleUnit.Points, 3, 0, 20, () => ModelText.Rule_PointsInspection);
    public static readonly RuleSetting OtherActivityAttended =
        new("deputy-points.other-activity-attended", RuleArea.DeputyPoints, RuleUnit.Points, 1, 0, 20, () => ModelText.Rule_PointsOtherActivity);
    public static readonly RuleSetting ReceptionDay =
        new("deputy-points.reception-day", RuleArea.DeputyPoints, RuleUnit.Points, 2, 0, 20, () => ModelText.Rule_PointsReceptionDay);
    public static readonly RuleSetting ReportToVoters =
        new("deputy-points.report-to-voters", RuleArea.DeputyPoints, RuleUnit.Points, 5, 0, 20, () => ModelText.Rule_PointsReport);
    public static readonly RuleSetting DeclaredItem =
        new("deputy-points.declared-item", RuleArea.DeputyPoints, RuleUnit.Points, 1, 0, 20, () => ModelText.Rule_PointsDeclared);
    public static readonly RuleSetting AbsentHalfDay =
        new("deputy-points.absent-half-day", RuleArea.DeputyPoints, RuleUnit.Points, 1, 0, 20, () => ModelText.Rule_PointsAbsentHalfDay);
    public static readonly RuleSetting AbsentDay =
        new("deputy-points.absent-day", RuleArea.DeputyPoints, RuleUnit.Points, 3, 0, 20, () => ModelText.Rule_PointsAbsentDay);

    public static readonly RuleSetting SuggestionLedCap =
        new("deputy-points.suggestion-led-cap", RuleArea.DeputyPoints, RuleUnit.Points, 0, 0, 100, () => ModelText.Rule_PointsSuggestionLedCap);
    public static readonly RuleSetting SuggestionCoSignedCap =
        new("deputy-points.suggestion-co-signed-cap", RuleArea.DeputyPoints, RuleUnit.Points, 0, 0, 100, () => ModelText.Rule_PointsSuggestionCoSignedCap);
    public static readonly RuleSetting InspectionCap =
        new("deputy-points.inspection-attended-cap", RuleArea.DeputyPoints, RuleUnit.Points, 0, 0, 100, () => ModelText.Rule_PointsInspectionCap);
    public static readonly RuleSetting OtherActivityCap =
        new("deputy-points.other-activity-attended-cap", RuleArea.DeputyPoints, RuleUnit.Points, 0, 0, 100, () => ModelText.Rule_PointsOtherActivityCap);
    public static readonly RuleSetting ReceptionDayCap =
        new("deputy-points.reception-day-cap", RuleArea.DeputyPoints, RuleUnit.Points, 0, 0, 100, () => ModelText.Rule_PointsReceptionDayCap);
    public static readonly RuleSetting ReportCap =
        new("deputy-points.report-to-voters-cap", RuleArea.DeputyPoints, RuleUnit.Points, 0, 0, 100, () => ModelText.Rule_PointsReportCap);
    public static readonly RuleSetting DeclaredCap =
        new("deputy-points.declared-item-cap", RuleArea.DeputyPoints, RuleUnit.Points, 0, 0, 100, () => ModelText.Rule_PointsDeclaredCap);

    public static readonly RuleSetting ExcellentFrom =
        new("deputy-points.band-excellent", RuleArea.DeputyPoints, RuleUnit.Points, 85, 0, 200, () => ModelText.Rule_PointsBandExcellent);
    public static readonly RuleSetting GoodFrom =
        new("deputy-points.band-good", RuleArea.DeputyPoints, RuleUnit.Points, 70, 0, 200, () => ModelText.Rule_PointsBandGood);
    public static readonly RuleSetting PassFrom =
        new("deputy-points.band-pass", RuleArea.DeputyPoints, RuleUnit.Points, 60, 0, 200, () => ModelText.Rule_PointsBandPass);

    /// <summary>Per kind: the points each item gives (deductions as positive numbers), its cap, and whether it deducts.</summary>
    private static readonly (PointsKind Kind, RuleSetting Each, RuleSetting? Cap, bool Deducts)[] Kinds =
    [
        (PointsKind.SuggestionLed, SuggestionLed, SuggestionLedCap, false),
        (PointsKind.SuggestionCoSigned, SuggestionCoSigned, SuggestionCoSignedCap, false),
        (PointsKind.InspectionAttended, InspectionAttended, InspectionCap, false),
        (PointsKind.OtherActivityAttended, OtherActivityAttended, OtherActivityCap, false),
        (PointsKind.ReceptionDay, ReceptionDay, ReceptionDayCap, false),
        (PointsKind.ReportToVoters, ReportToVoters, ReportCap, false),
        (PointsKind.DeclaredItem, DeclaredItem, DeclaredCap, false),
        (PointsKind.AbsentHalfDay, AbsentHalfDay, null, true),
        (PointsKind.AbsentDay, AbsentDay, null, true),
    ];

    /// <summary>Every setting of the scheme in the order the editor shows them.</summary>
    public static IReadOnlyList<RuleSetting> Settings { get; } =
        [Base, .. Kinds.Select(k => k.Each), .. Kinds.Where(k => k.Cap is not null).Select(k => k.Cap!), ExcellentFrom, GoodFrom, PassFrom];

    /// <summary>The number of items of each kind in a record's counts.</summary>
    public static int CountOf(PointsKind kind, DeputyRecordCounts c) => kind switch
    {
        PointsKind.SuggestionLed => c.SuggestionsLed,
        PointsKind.SuggestionCoSigned => c.SuggestionsCoSigned,
        PointsKind.InspectionAttended => c.InspectionsAttended,
        PointsKind.OtherActivityAttended => c.ActivitiesAttended - c.InspectionsAttended,
        PointsKind.ReceptionDay => c.ReceptionDays,
        PointsKind.ReportToVoters => c.ReportsToVoters,
        PointsKind.DeclaredItem => c.DeclaredApproved,
        PointsKind.AbsentHalfDay => c.AbsentHalfDays,
        PointsKind.AbsentDay => c.AbsentDays,
        _ => 0,
    };

    /// <summary>The breakdown and total of a year's counts (rank filled in later, over the township).</summary>
    public static (int Base, List<PointsLine> Lines, int Total) Score(DeputyRecordCounts counts, CountyRules rules)
    {
        var lines = new List<PointsLine>();
        foreach (var (kind, each, cap, deducts) in Kinds)
        {
            var count = CountOf(kind, counts);
            var per = rules.Whole(each);
            var limit = cap is null ? 0 : rules.Whole(cap);
            var points = count * per;
            if (limit > 0) points = Math.Min(points, limit);
            lines.Add(new PointsLine(kind, DeputyRecordLabels.Points.Of(kind), count, deducts ? -per : per, limit, deducts ? -points : points));
        }
        var @base = rules.Whole(Base);
        return (@base, lines, @base + lines.Sum(l => l.Points));
    }

    public static PointsBand BandOf(int total, CountyRules rules) =>
        total >= rules.Whole(ExcellentFrom) ? PointsBand.Excellent
        : total >= rules.Whole(GoodFrom) ? PointsBand.Good
        : total >= rules.Whole(PassFrom) ? PointsBand.Pass
        : PointsBand.Fail;

    /// <summary>Competition ranking within the township: equal totals share a rank, the next rank skips (1, 1, 3).</summary>
    public static Dictionary<Guid, int> Ranks(IEnumerable<(Guid DeputyId, int Total)> totals)
    {
        var ordered = totals.OrderByDescending(t => t.Total).ToList();
        var ranks = new Dictionary<Guid, int>();
        for (var i = 0; i < ordered.Count; i++)
            ranks[ordered[i].DeputyId] = i > 0 && ordered[i].Total == ordered[i - 1].Total ? ranks[ordered[i - 1].DeputyId] : i + 1;
        return ranks;
    }
}
