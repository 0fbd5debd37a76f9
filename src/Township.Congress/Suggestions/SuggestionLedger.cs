using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Files;
using Township.Congress.Formatting;
using Township.Congress.Sessions;

namespace Township.Congress.Suggestions;

/// <summary>
/// 建议办理台账: one workbook per township (or every township the user sees) and year. Sheet
/// "台账" lists every item once (raw items folded into a merged item are not rows of their own:
/// the merged item lists them); sheet "统计" shows the figures of <see cref="SuggestionFigureQueries.FiguresAsync"/>
/// for the same township and year, so the ledger and every page show the same numbers.
/// No phone number is ever written.
/// </summary>
public static class SuggestionLedger
{
    public const string LedgerSheet = "台账";
    public const string FiguresSheet = "统计";

    /// <summary>Column headers of the 台账 sheet, in order. <see cref="Township"/> comes first only for a multi-township ledger.</summary>
    public static class Columns
    {
        public const string Township = "乡镇";
        public const string Row = "序号";
        public const string Number = "编号";
        public const string Kind = "类别";
        public const string Title = "标题";
        public const string LeadDeputy = "领衔代表";
        public const string CoSigners = "附议代表";
        public const string Category = "分类";
        public const string SubmittedOn = "提出时间";
        public const string Occasion = "提出场合";
        public const string Source = "来源";
        public const string State = "状态";
        public const string LeadUnit = "主办单位";
        public const string CoUnits = "协办单位";
        public const string AssignedOn = "交办日期";
        public const string Deadline = "办理期限";
        public const string Complex = "是否复杂事项";
        public const string AnsweredOn = "答复日期";
        public const string AnswerClass = "答复类别";
        public const string OnTime = "是否按期答复";
        public const string Rehandling = "重新办理";
        public const string Satisfaction = "领衔代表意见";
        public const string KeyItem = "是否重点督办";
        public const string Supervisor = "督办人";
        public const string ClosedOn = "办结日期";
        public const string Implementation = "落实情况";
        public const string MergedSources = "并案来源件数/编号";
        public const string Remarks = "备注";

        public static readonly string[] All =
        [
            Row, Number, Kind, Title, LeadDeputy, CoSigners, Category, SubmittedOn, Occasion, Source, State, LeadUnit, CoUnits,
            AssignedOn, Deadline, Complex, AnsweredOn, AnswerClass, OnTime, Rehandling, Satisfaction, KeyItem, Supervisor,
            ClosedOn, Implementation, MergedSources, Remarks,
        ];
    }

    /// <summary>Row labels of the 统计 sheet's totals table, one per figure; rates show their Text, numerator and denominator.</summary>
    public static class Labels
    {
        public const string RawReceived = "收到原件数";
        public const string Received = "收到件数（并案后）";
        public const string MergedItems = "并案件数";
        public const string Assigned = "交办件数";
        public const string Answered = "答复件数";
        public const string AnsweredOnTime = "按期答复件数";
        public const string WithFeedback = "领衔代表已反馈件数";
        public const string Satisfied = "满意件数（含基本满意）";
        public const string Closed = "办结件数";
        public const string Implemented = "已落实件数";
        public const string PartlyImplemented = "部分落实件数";
        public const string Overdue = "逾期未答复件数";
        public const string AnswerRate = "答复率";
        public const string OnTimeRate = "按期答复率";
        public const string SatisfactionRate = "满意率";
        public const string ClosureRate = "办结率";
        public const string ImplementationRate = "落实率";
        public const string ByCategory = "按分类";
        public const string ByUnit = "按主办单位";
    }

    public static async Task<byte[]> ExportAsync(CongressDbContext db, Guid? townshipId, int? year, CancellationToken ct = default)
    {
        string scopeName;
        if (townshipId is { } tid) scopeName = (await db.FindTownshipAsync(tid, ct)).Name;
        else scopeName = "全部乡镇";
        var today = ChineseDate.TodayInChina(db.Clock);

        var query = db.Suggestions.AsNoTracking().Where(s => s.State != SuggestionState.Merged);
        if (townshipId is { } t) query = query.Where(s => s.TownshipId == t);
        if (year is { } y) query = query.Where(s => s.Year == y);
        var items = await query.ToListAsync(ct);
        var ids = items.Select(i => i.Id).ToList();

        // The parts are read past the filters, limited to items the user already sees (as the item page does).
        var signers = (await db.Set<SuggestionSigner>().IgnoreQueryFilters().AsNoTracking().Where(s => ids.Contains(s.SuggestionId))
            .ToListAsync(ct)).ToLookup(s => s.SuggestionId);
        var assignments = (await db.SuggestionAssignments.IgnoreQueryFilters().AsNoTracking().Where(a => ids.Contains(a.SuggestionId))
            .ToListAsync(ct)).ToLookup(a => a.SuggestionId);
        var sources = (await db.Suggestions.IgnoreQueryFilters().AsNoTracking().Where(s => s.MergedIntoId != null && ids.Contains(s.MergedIntoId.Value))
            .Select(s => new { s.MergedIntoId, s.Year, s.Sequence }).ToListAsync(ct))
            .ToLookup(s => s.MergedIntoId!.Value, s => (s.Year, s.Sequence));
        var names = await SuggestionQueries.NamesAsync(db, items, ct);
        var unitIds = assignments.SelectMany(g => g).Select(a => a.UnitId).Distinct().ToList();
        var units = await db.HandlingUnits.IgnoreQueryFilters().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var sessionIds = items.Where(i => i.SessionId != null).Select(i => i.SessionId!.Value).Distinct().ToList();
        var sessions = (await db.Sessions.IgnoreQueryFilters().AsNoTracking().Where(s => sessionIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Ordinal, Term = db.Terms.IgnoreQueryFilters().Where(x => x.Id == s.TermId).Select(x => x.Ordinal).First() })
            .ToListAsync(ct)).ToDictionary(s => s.Id, s => SessionNames.Of(s.Term, s.Ordinal));
        var townshipIds = names.Townships.Keys.ToList();
        var townshipOrder = await db.Townships.IgnoreQueryFilters().Where(x => townshipIds.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.Number, ct);

        var multiTownship = townshipId is null;
        var header = (multiTownship ? new[] { Columns.Township } : []).Concat(Columns.All).ToArray();
        var rows = new List<IReadOnlyList<object?>> { header };
        var n = 0;
        foreach (var s in items.OrderBy(i => townshipOrder.GetValueOrDefault(i.TownshipId)).ThenBy(i => i.Year).ThenBy(i => i.Sequence))
        {
            var itemAssignments = assignments[s.Id].ToList();
            var cells = new List<object?>();
            if (multiTownship) cells.Add(names.Townships.GetValueOrDefault(s.TownshipId, ""));
            cells.AddRange(
            [
                ++n,
                s.Number,
                SuggestionLabels.Of(s.Kind),
                s.Title,
                s.FromPresidium ? "主席团" : s.LeadDeputyName,
                string.Join("、", signers[s.Id].Where(x => !x.IsLead).OrderBy(x => x.SortOrder).Select(x => x.DeputyName)),
                s.CategoryId is { } c ? names.Categories.GetValueOrDefault(c, "") : "",
                Date(s.SubmittedOn),
                s.SessionId is { } sid ? sessions.GetValueOrDefault(sid, "") : "闭会期间",
                SuggestionLabels.Of(s.Source),
                SuggestionLabels.Of(s.State),
                s.LeadUnitId is { } lead ? units.GetValueOrDefault(lead, "") : "",
                string.Join("、", itemAssignments.Where(a => !a.IsLead && a.EndedOn == null).OrderBy(a => a.Id).Select(a => units.GetValueOrDefault(a.UnitId, ""))),
                Date(s.FirstAssignedOn),
                Date(s.FirstDeadline),
                s.FirstAssignedOn is null ? "" : YesNo(s.IsComplex),
                Date(s.FirstAnsweredOn),
                s.AnswerClass is { } ac ? SuggestionLabels.Short(ac) : "",
                OnTime(s, today),
                Rehandling(s),
                s.LeadSatisfaction is { } sat ? SuggestionLabels.Of(sat) : "",
                YesNo(s.IsKeyItem),
                s.Supervisor,
                Date(s.ClosedOn),
                s.Implementation is { } imp ? SuggestionLabels.Of(imp) : "",
                s.IsMergedItem
                    ? $"{s.MergedSourceCount}件：{string.Join("、", sources[s.Id].OrderBy(x => x.Year).ThenBy(x => x.Sequence).Select(x => Suggestion.FormatNumber(x.Year, x.Sequence)))}"
                    : "",
                Remarks(s, itemAssignments, units),
            ]);
            rows.Add([.. cells]);
        }

        var report = await db.FiguresAsync(townshipId, year, ct);
        var figures = FigureRows(report, $"{scopeName}{(year is { } yr ? $"{yr}年" : "（全部年度）")}", today);

        return SpreadsheetFile.Write(new SheetContent(LedgerSheet, rows), new SheetContent(FiguresSheet, figures, HeaderRows: 0));
    }

    /// <summary>The 统计 sheet: the totals (every count, then the five rates), then the by-category and by-unit tables.</summary>
    private static List<IReadOnlyList<object?>> FigureRows(SuggestionFigureReport report, string title, DateOnly today)
    {
        var f = report.Total;
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { $"{title}建议办理情况统计" },
            new object?[] { "统计日期", today },
            new object?[] { },
            new object?[] { "项目", "数值", "分子", "分母" },
            new object?[] { Labels.RawReceived, f.RawReceived },
            new object?[] { Labels.Received, f.Received },
            new object?[] { Labels.MergedItems, f.MergedItems },
            new object?[] { Labels.Assigned, f.Assigned },
            new object?[] { Labels.Answered, f.Answered },
            new object?[] { Labels.AnsweredOnTime, f.AnsweredOnTime },
            new object?[] { Labels.WithFeedback, f.WithFeedback },
            new object?[] { Labels.Satisfied, f.Satisfied },
            new object?[] { Labels.Closed, f.Closed },
            new object?[] { Labels.Implemented, f.Implemented },
            new object?[] { Labels.PartlyImplemented, f.PartlyImplemented },
            new object?[] { Labels.Overdue, f.Overdue },
        };
        foreach (var (label, rate) in Rates(f)) rows.Add([label, Percent(rate), rate.Numerator, rate.Denominator]);

        string[] figureHeader = ["收到件数", "交办", "答复", "按期答复", "已反馈", "满意", "办结", "已落实", "部分落实", "逾期",
            Labels.AnswerRate, Labels.OnTimeRate, Labels.SatisfactionRate, Labels.ClosureRate, Labels.ImplementationRate];
        rows.Add([]);
        rows.Add([Labels.ByCategory]);
        rows.Add(["分类", .. figureHeader]);
        foreach (var g in report.ByCategory) rows.Add([g.Name, .. GroupCells(g.Figures)]);
        rows.Add([]);
        rows.Add([Labels.ByUnit]);
        rows.Add(["排名", "主办单位", .. figureHeader]);
        foreach (var g in report.ByUnit) rows.Add([g.Rank, g.Name, .. GroupCells(g.Figures)]);
        return rows;
    }

    public static IEnumerable<(string Label, Rate Rate)> Rates(SuggestionFigures f) =>
    [
        (Labels.AnswerRate, f.AnswerRate), (Labels.OnTimeRate, f.OnTimeRate), (Labels.SatisfactionRate, f.SatisfactionRate),
        (Labels.ClosureRate, f.ClosureRate), (Labels.ImplementationRate, f.ImplementationRate),
    ];

    private static object?[] GroupCells(SuggestionFigures f) =>
    [
        f.Received, f.Assigned, f.Answered, f.AnsweredOnTime, f.WithFeedback, f.Satisfied, f.Closed, f.Implemented, f.PartlyImplemented, f.Overdue,
        Percent(f.AnswerRate), Percent(f.OnTimeRate), Percent(f.SatisfactionRate), Percent(f.ClosureRate), Percent(f.ImplementationRate),
    ];

    /// <summary>A rate as a percent cell (85.7%), or "—" when there is nothing to count.</summary>
    private static object Percent(Rate rate) => rate.Percent is { } p ? new SheetPercent(p / 100m) : rate.Text;

    /// <summary>A date cell, or an empty one.</summary>
    private static object? Date(DateOnly? d) => d;

    /// <summary>是: answered by the first round's deadline (what <see cref="SuggestionFigures.AnsweredOnTime"/> counts).</summary>
    private static string OnTime(Suggestion s, DateOnly today)
    {
        if (s.FirstAnsweredOn is { } answered && s.FirstDeadline is { } deadline) return answered <= deadline ? "是" : "否（逾期答复）";
        return s.IsOverdueOn(today) ? "否（逾期未答复）" : "";
    }

    private static string Rehandling(Suggestion s)
    {
        if (s.Round <= 1) return s.FirstAnsweredOn is null ? "" : "否";
        var answeredAgain = s.State is SuggestionState.Answered or SuggestionState.Evaluated or SuggestionState.Closed
            ? $"，{Day(s.AnsweredOn)}再次答复" : "";
        return $"是（{Day(s.AssignedOn)}重新交办，期限{Day(s.Deadline)}{answeredAgain}）";
    }

    private static string Remarks(Suggestion s, List<SuggestionAssignment> assignments, Dictionary<Guid, string> units)
    {
        var notes = new List<string>();
        if (s.State == SuggestionState.NotAccepted) notes.Add($"不予立案：{s.ReviewReason}");
        else if (s.ReviewReason.Length > 0) notes.Add($"由议案转为建议：{s.ReviewReason}");
        foreach (var a in assignments.Where(a => a.ReturnReason.Length > 0).OrderBy(a => a.EndedOn))
            notes.Add($"{units.GetValueOrDefault(a.UnitId, "")}于{Day(a.EndedOn)}退回：{a.ReturnReason}");
        if (!s.IsMergedItem && s.SourceNote.Length > 0) notes.Add($"来源说明：{s.SourceNote}");
        return string.Join("；", notes);
    }

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd") ?? "";

    private static string YesNo(bool value) => value ? "是" : "否";

}
