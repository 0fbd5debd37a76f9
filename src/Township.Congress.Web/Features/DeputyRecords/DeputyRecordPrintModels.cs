using System.Globalization;
using Township.Congress.DeputyRecords;
using Township.Congress.Formatting;
using Township.Congress.Reports.Documents.Common;
using Township.Congress.Reports.Documents.DeputyRecords;
using Township.Congress.Rules;

namespace Township.Congress.Web.Features.DeputyRecords;

/// <summary>What the record itself does not hold and the 基本情况 prints: the township, the deputy's group and facts.</summary>
public sealed record RecordPrintFacts(string Gender, string Ethnicity, string Affiliation, string Group, string WorkUnit, string TookOffice);

/// <summary>
/// Turns deputy records (the model's read model) into the print models of the 履职档案 and the 亮分表. Pure, so the
/// tests and the benchmark map exactly what the endpoints print.
/// </summary>
public static class DeputyRecordPrintModels
{
    // The 亮分表 has a column per kind: the scheme's labels are too long for a column head.
    private static readonly Dictionary<PointsKind, string> ShortKinds = new()
    {
        [PointsKind.SuggestionLed] = "领衔建议",
        [PointsKind.SuggestionCoSigned] = "附议建议",
        [PointsKind.InspectionAttended] = "视察调研",
        [PointsKind.OtherActivityAttended] = "其他活动",
        [PointsKind.ReceptionDay] = "接待选民",
        [PointsKind.ReportToVoters] = "述职",
        [PointsKind.DeclaredItem] = "申报事项",
        [PointsKind.AbsentHalfDay] = "缺席半天",
        [PointsKind.AbsentDay] = "缺席整天",
    };

    /// <summary>"2026年度", "2026年第三季度", or "2021—2026年任期".</summary>
    public static string PeriodText(RecordPeriod p) => p.Year is { } y
        ? p.Quarter is { } q ? $"{y}年第{ChineseNumerals.Format(q)}季度" : $"{y}年度"
        : $"{p.From.Year}—{p.To.Year}年任期";

    /// <summary>
    /// The date a record stands at: the end of its period once that has passed, else today (what is recorded so far).
    /// A finished year reprints with the same date whenever it is printed.
    /// </summary>
    public static DateOnly AsOf(RecordPeriod p, DateOnly today) => p.To < today ? p.To : today;

    public static DeputyRecordPrintModel Record(DeputyRecord r, string townshipName, RecordPrintFacts facts, int rankedDeputies, CountyRules rules, DateOnly asOf)
    {
        var c = r.Counts;
        return new DeputyRecordPrintModel(
            townshipName, r.Name, PeriodText(r.Period),
            [
                new("性别", facts.Gender), new("民族", facts.Ethnicity),
                new("政治面貌", facts.Affiliation), new("代表小组", facts.Group),
                new("选区", r.Constituency), new("任职时间", facts.TookOffice),
                new("工作单位及职务", facts.WorkUnit),
            ],
            new RecordSessions(c.SessionsHeld, c.SessionsAttended, c.SessionsOnLeave, c.SessionsAbsent, 0,
                r.Sessions.Select(s => new RecordSessionRow(s.Name, Span(s.Start, s.End), Reason(s.StatusLabel, s.LeaveReason))).ToList()),
            new RecordActivities(r.ActivityKinds.Select(k => new RecordCount(k.Label, k.Attended)).ToList(),
                r.Activities.Select(a => new RecordActivityRow(Span(a.StartsOn, a.EndsOn), a.Subject, a.KindLabel, a.StatusLabel)).ToList()),
            new RecordSuggestions(c.SuggestionsLed, c.SuggestionsCoSigned,
                r.Suggestions.Select(s => new RecordSuggestionRow(s.Title, s.KindLabel, s.IsLead ? "领衔" : "附议", s.StateLabel, s.SatisfactionLabel)).ToList()),
            new RecordVoterContact(c.PersonTimes, c.ReceptionDays, c.OwnContacts,
                r.Reports.Select(x => new RecordVoterReport(ChineseDate.Format(x.ReportedOn), $"在{x.Place}向选民述职（{N(x.Audience)}人参加）", x.ResultLabel)).ToList()),
            new RecordDuty(c.DaysOnDuty, $"每年不少于{N(rules.Whole(RecordFlags.MinDaysOnDuty))}天", Calendar(r.Calendar)),
            r.Declared.Select(d => new RecordDeclaredItem(ChineseDate.Format(d.Date), d.Text, d.KindLabel, d.StateLabel)).ToList(),
            r.Flags.Select(f => new RecordFlag(f.Label, f.Rule)).ToList(),
            Points(r.Points, rankedDeputies),
            Signature(townshipName, asOf));
    }

    public static PointsTablePrintModel PointsTable(IReadOnlyList<DeputyRecord> records, string townshipName, IReadOnlyDictionary<Guid, string> groups,
        CountyRules rules, DateOnly asOf)
    {
        var scored = records.Where(r => r.Points is not null).OrderBy(r => r.Points!.Rank).ThenBy(r => r.NameSortKey, StringComparer.Ordinal).ToList();
        var kinds = scored.SelectMany(r => r.Points!.Lines.Select(l => l.Kind)).Distinct().ToList();
        var rows = scored.Select(r =>
        {
            var p = r.Points!;
            return new PointsTableRow(N(p.Rank), r.Name, r.GroupId is { } g ? groups.GetValueOrDefault(g, "") : "未编组",
                [N(p.Base), .. kinds.Select(k => p.Lines.FirstOrDefault(l => l.Kind == k) is { } l ? N(l.Points) : "0")], N(p.Total), p.BandLabel);
        }).ToList();
        var sample = scored.FirstOrDefault()?.Points;
        var notes = new List<string>();
        if (sample is not null)
        {
            notes.Add($"基础分{N(sample.Base)}分；" + string.Join("；", sample.Lines.Select(l =>
                $"{l.Label}每项{Signed(l.PerItem)}分{(l.Cap > 0 ? $"（全年上限{N(l.Cap)}分）" : "")}")));
        }

        notes.Add($"总分{N(rules.Whole(PointsScheme.ExcellentFrom))}分以上为“优秀”，{N(rules.Whole(PointsScheme.GoodFrom))}分以上为“良好”，"
            + $"{N(rules.Whole(PointsScheme.PassFrom))}分以上为“合格”，不足{N(rules.Whole(PointsScheme.PassFrom))}分为“不合格”；同分者名次相同");
        if (scored.Any(r => r.Points!.Frozen)) notes.Add("本年度积分已冻结，按冻结时公布的结果列出");
        var period = scored.FirstOrDefault()?.Period ?? records.FirstOrDefault()?.Period;
        return new PointsTablePrintModel(townshipName, period is null ? "" : PeriodText(period),
            ["基础分", .. kinds.Select(k => ShortKinds.GetValueOrDefault(k, DeputyRecordLabels.Points.Of(k)))], rows, notes, Signature(townshipName, asOf));
    }

    private static RecordPoints Points(DeputyPoints? p, int rankedDeputies)
    {
        if (p is null) return new RecordPoints([], "", "", "", "履职积分按年度计算，任期档案不计积分");
        List<RecordPointsLine> lines =
        [
            new("基础分", "", "", N(p.Base)),
            .. p.Lines.Select(l => new RecordPointsLine(l.Label, N(l.Count), Signed(l.PerItem), N(l.Points), l.Cap > 0 ? $"全年上限{N(l.Cap)}分" : "")),
        ];
        return new RecordPoints(lines, N(p.Total), p.BandLabel, $"排名第{N(p.Rank)}名（共{N(rankedDeputies)}名）",
            p.Frozen ? "本年度积分已冻结，按冻结时公布的结果打印" : "");
    }

    /// <summary>Months labelled "3月" within one year, "2024年3月" over a term.</summary>
    private static List<RecordCount> Calendar(IReadOnlyList<MonthActivity> months)
    {
        var oneYear = months.Select(m => m.Year).Distinct().Count() <= 1;
        return months.Select(m => new RecordCount(oneYear ? $"{N(m.Month)}月" : $"{N(m.Year)}年{N(m.Month)}月", m.Items)).ToList();
    }

    private static DocumentSignature Signature(string townshipName, DateOnly asOf) => new($"{townshipName}人大主席团", ChineseDate.Format(asOf));

    private static string Span(DateOnly from, DateOnly to) => from == to ? ChineseDate.Format(from) : $"{ChineseDate.Format(from)}至{ChineseDate.Format(to)}";

    private static string Reason(string status, string reason) => string.IsNullOrWhiteSpace(reason) ? status : $"{status}（{reason}）";

    /// <summary>"+3", "-1": the ASCII minus, which every Chinese face has.</summary>
    private static string Signed(int value) => value > 0 ? "+" + N(value) : N(value);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
