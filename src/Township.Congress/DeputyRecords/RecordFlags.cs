using Township.Congress.Resources;
using Township.Congress.Rules;
using Township.Congress.VoterContact;
using Township.Congress.VoterReports;

namespace Township.Congress.DeputyRecords;

/// <summary>The flags that make a deputy's year visible to the presidium ("本年度需要关注的代表").</summary>
public enum DeputyFlagKind
{
    /// <summary>履职天数不足</summary>
    FewDaysOnDuty,
    /// <summary>"哑巴代表": nothing proposed or voiced in the year.</summary>
    Silent,
    /// <summary>联系选民不足 (the voter-contact target).</summary>
    ContactShort,
    /// <summary>本届尚未向选民述职</summary>
    NoReportInTerm,
    /// <summary>无故缺席代表大会</summary>
    AbsentWithoutLeave,
    /// <summary>连续两年等次最低 → 约谈</summary>
    LowestBandTwice,
}

/// <summary>Each flag's rule, its thresholds county settings; the rule text is shown wherever the flag shows.</summary>
public static class RecordFlags
{
    /// <summary>A deputy has at least this many days on duty a year (seed: "每年不少于十天").</summary>
    public static readonly RuleSetting MinDaysOnDuty =
        new("deputy-records.min-days-on-duty", RuleArea.DeputyPoints, RuleUnit.Days, 10, 0, 100, () => ModelText.Rule_RecordMinDaysOnDuty);

    /// <summary>Absences without leave from sessions in a year from which the deputy is flagged.</summary>
    public static readonly RuleSetting AbsencesFlagged =
        new("deputy-records.absences-flagged", RuleArea.DeputyPoints, RuleUnit.Count, 2, 1, 10, () => ModelText.Rule_RecordAbsencesFlagged);

    /// <summary>
    /// The flags of one year's counts. <paramref name="lowestBandLastYear"/> and this year's band decide the
    /// interview flag; a term record (no points) gets the flags that need no band.
    /// </summary>
    public static List<DeputyFlag> Of(DeputyRecordCounts c, PointsBand? band, bool lowestBandLastYear, CountyRules rules)
    {
        var flags = new List<DeputyFlag>();
        var days = rules.Whole(MinDaysOnDuty);
        if (c.DaysOnDuty < days) Add(flags, DeputyFlagKind.FewDaysOnDuty, string.Format(ModelText.Flag_FewDaysOnDutyRule, days));
        if (c.SuggestionsLed + c.SuggestionsCoSigned + c.OpinionsVoiced == 0) Add(flags, DeputyFlagKind.Silent, ModelText.Flag_SilentRule);
        if (VoterContactRules.ContactIsShort(c.PersonTimes, rules))
            Add(flags, DeputyFlagKind.ContactShort, string.Format(ModelText.Flag_ContactShortRule, rules.Whole(VoterContactRules.PersonTimesPerYear)));
        if (!VoterReportRules.DeputyMeetsTerm(c.ReportsInTerm, rules))
            Add(flags, DeputyFlagKind.NoReportInTerm, string.Format(ModelText.Flag_NoReportRule, rules.Whole(VoterReportRules.PerDeputyPerTerm)));
        var absences = rules.Whole(AbsencesFlagged);
        if (c.SessionsAbsent >= absences) Add(flags, DeputyFlagKind.AbsentWithoutLeave, string.Format(ModelText.Flag_AbsentRule, absences));
        if (band == PointsBand.Fail && lowestBandLastYear) Add(flags, DeputyFlagKind.LowestBandTwice, ModelText.Flag_LowestBandRule);
        return flags;
    }

    private static void Add(List<DeputyFlag> flags, DeputyFlagKind kind, string rule) => flags.Add(new DeputyFlag(kind, DeputyRecordLabels.Flags.Of(kind), rule));
}
