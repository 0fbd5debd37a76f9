using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Formatting;

namespace Township.Congress.Suggestions;

/// <summary>A rate as its two counts, so every page, export and report shows the same number.</summary>
public sealed record Rate(int Numerator, int Denominator)
{
    /// <summary>Percent with one decimal, rounded half away from zero; null when nothing to count.</summary>
    public decimal? Percent => Denominator == 0 ? null : Math.Round(100m * Numerator / Denominator, 1, MidpointRounding.AwayFromZero);

    public string Text => Percent is { } p ? $"{p:0.0}%" : "—";
}

/// <summary>
/// The suggestion figures, each defined once (docs/suggestion-figures.md). Raw items folded into
/// a merged item are counted only in <see cref="RawReceived"/>; everything else counts the merged
/// item once.
/// </summary>
public sealed record SuggestionFigures(
    int RawReceived, int Received, int MergedItems, int Assigned, int Answered, int AnsweredOnTime,
    int WithFeedback, int Satisfied, int Closed, int Implemented, int PartlyImplemented, int Overdue)
{
    public Rate AnswerRate => new(Answered, Assigned);
    public Rate OnTimeRate => new(AnsweredOnTime, Assigned);
    public Rate SatisfactionRate => new(Satisfied, WithFeedback);
    public Rate ClosureRate => new(Closed, Assigned);
    public Rate ImplementationRate => new(Implemented, Closed);

    /// <summary>Answered items whose answer is of class A (已解决或采纳): the latest answer's class, as the ledger's 答复类别.</summary>
    public int AnsweredClassA { get; init; }

    /// <summary>Answered items whose latest answer is of class B (正在解决或列入计划).</summary>
    public int AnsweredClassB { get; init; }

    /// <summary>Answered items whose latest answer is of class C (因条件限制暂不能解决).</summary>
    public int AnsweredClassC { get; init; }

    public Rate ClassAShare => new(AnsweredClassA, Answered);
    public Rate ClassBShare => new(AnsweredClassB, Answered);
    public Rate ClassCShare => new(AnsweredClassC, Answered);

    public static SuggestionFigures Of(IReadOnlyCollection<FigureRow> rows, DateOnly today)
    {
        var counted = rows.Where(r => r.State != SuggestionState.Merged).ToList();
        int OfClass(AnswerClass c) => counted.Count(r => r.FirstAnsweredOn != null && r.AnswerClass == c);
        return new SuggestionFigures(
            RawReceived: rows.Count(r => r.MergedSourceCount == 0),
            Received: counted.Count,
            MergedItems: counted.Count(r => r.MergedSourceCount > 0),
            Assigned: counted.Count(r => r.FirstAssignedOn != null),
            Answered: counted.Count(r => r.FirstAnsweredOn != null),
            AnsweredOnTime: counted.Count(r => r.FirstAnsweredOn is { } a && r.FirstDeadline is { } d && a <= d),
            WithFeedback: counted.Count(r => r.LeadSatisfaction != null),
            Satisfied: counted.Count(r => r.LeadSatisfaction is Satisfaction.Satisfied or Satisfaction.BasicallySatisfied),
            Closed: counted.Count(r => r.State == SuggestionState.Closed),
            Implemented: counted.Count(r => r.State == SuggestionState.Closed && r.Implementation == Implementation.Implemented),
            PartlyImplemented: counted.Count(r => r.State == SuggestionState.Closed && r.Implementation == Implementation.PartlyImplemented),
            Overdue: counted.Count(r => SuggestionRules.IsOverdue(r.State, r.Deadline, today)))
        {
            AnsweredClassA = OfClass(AnswerClass.A), AnsweredClassB = OfClass(AnswerClass.B), AnsweredClassC = OfClass(AnswerClass.C),
        };
    }
}

/// <summary>The facts of one item the figures read.</summary>
public sealed record FigureRow(
    Guid Id, Guid TownshipId, int Year, SuggestionState State, int MergedSourceCount, Guid? CategoryId, Guid? LeadUnitId,
    DateOnly? FirstAssignedOn, DateOnly? FirstDeadline, DateOnly? FirstAnsweredOn, DateOnly? Deadline,
    Satisfaction? LeadSatisfaction, Implementation? Implementation, AnswerClass? AnswerClass = null);

public sealed record FigureGroup(Guid? Key, string Name, SuggestionFigures Figures, int? Rank = null);

/// <summary>Figures for a township (or every township the user sees) and a year, with breakdowns.</summary>
public sealed record SuggestionFigureReport(
    int? Year, SuggestionFigures Total, IReadOnlyList<FigureGroup> ByCategory, IReadOnlyList<FigureGroup> ByUnit, IReadOnlyList<FigureGroup> ByYear);

public static class SuggestionFigureQueries
{
    public static async Task<SuggestionFigureReport> FiguresAsync(this CongressDbContext db, Guid? townshipId, int? year, CancellationToken ct = default)
    {
        var q = db.Suggestions.AsNoTracking();
        if (townshipId is { } t) q = q.Where(s => s.TownshipId == t);
        var all = await q.FigureRows().ToListAsync(ct);
        var today = ChineseDate.TodayInChina(db.Clock);
        var rows = year is { } y ? all.Where(r => r.Year == y).ToList() : all;

        var categoryIds = rows.Where(r => r.CategoryId != null).Select(r => r.CategoryId!.Value).Distinct().ToList();
        var categories = await db.SuggestionCategories.IgnoreQueryFilters().Where(c => categoryIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => new { c.Name, c.SortOrder }, ct);
        var byCategory = rows.GroupBy(r => r.CategoryId)
            .OrderBy(g => g.Key is { } k && categories.TryGetValue(k, out var c) ? c.SortOrder : int.MaxValue)
            .Select(g => new FigureGroup(g.Key, g.Key is { } k && categories.TryGetValue(k, out var c) ? c.Name : "未分类", SuggestionFigures.Of(g.ToList(), today))) // Chinese by design: group names, as on the ledger's 统计 sheet
            .ToList();

        var byUnit = await db.ByUnitAsync(rows, today, ct);

        var byYear = all.GroupBy(r => r.Year).OrderBy(g => g.Key)
            .Select(g => new FigureGroup(null, $"{g.Key}年", SuggestionFigures.Of(g.ToList(), today))).ToList(); // Chinese by design: group names, as on the ledger's 统计 sheet
        return new SuggestionFigureReport(year, SuggestionFigures.Of(rows, today), byCategory, byUnit, byYear);
    }

    /// <summary>The ranked lead units of the given items (the county dashboard passes the year's items it has already read).</summary>
    public static async Task<IReadOnlyList<FigureGroup>> ByUnitAsync(this CongressDbContext db, IReadOnlyCollection<FigureRow> rows, DateOnly today,
        CancellationToken ct = default)
    {
        var unitIds = rows.Where(r => r.LeadUnitId != null).Select(r => r.LeadUnitId!.Value).Distinct().ToList();
        var units = await db.HandlingUnits.IgnoreQueryFilters().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return ByUnit(rows, units, today);
    }

    /// <summary>The ranked lead units of the given items, with the units' names already read (<paramref name="units"/> by id).</summary>
    public static IReadOnlyList<FigureGroup> ByUnit(IReadOnlyCollection<FigureRow> rows, IReadOnlyDictionary<Guid, string> units, DateOnly today)
    {
        return Rank(rows.Where(r => r.LeadUnitId != null && r.State != SuggestionState.Merged).GroupBy(r => r.LeadUnitId)
            .Select(g => new FigureGroup(g.Key, units.GetValueOrDefault(g.Key!.Value, ""), SuggestionFigures.Of(g.ToList(), today))).ToList());
    }

    /// <summary>The facts the figures read, for any query of items (the dashboards read all townships' at once).</summary>
    public static IQueryable<FigureRow> FigureRows(this IQueryable<Suggestion> q) =>
        q.Select(s => new FigureRow(s.Id, s.TownshipId, s.Year, s.State, s.MergedSourceCount, s.CategoryId, s.LeadUnitId,
            s.FirstAssignedOn, s.FirstDeadline, s.FirstAnsweredOn, s.Deadline, s.LeadSatisfaction, s.Implementation, s.AnswerClass));

    /// <summary>
    /// Units ranked by on-time rate, then satisfaction rate, then answer rate, then more items
    /// handled; equal figures share a rank (1, 2, 2, 4).
    /// </summary>
    public static IReadOnlyList<FigureGroup> Rank(IReadOnlyList<FigureGroup> groups)
    {
        static (decimal, decimal, decimal, int) Key(SuggestionFigures f) =>
            (f.OnTimeRate.Percent ?? -1, f.SatisfactionRate.Percent ?? -1, f.AnswerRate.Percent ?? -1, f.Assigned);
        var ordered = groups.OrderByDescending(g => Key(g.Figures)).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
        var ranked = new List<FigureGroup>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && Key(ordered[i].Figures) == Key(ordered[i - 1].Figures) ? ranked[i - 1].Rank : i + 1;
            ranked.Add(ordered[i] with { Rank = rank });
        }
        return ranked;
    }
}
