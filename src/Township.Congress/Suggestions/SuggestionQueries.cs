using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.Model;

namespace Township.Congress.Suggestions;

/// <summary>Filters of the item list; every one optional.</summary>
public sealed class SuggestionSearch
{
    public Guid? TownshipId { get; set; }
    public int? Year { get; set; }
    public SuggestionState? State { get; set; }
    public SuggestionKind? Kind { get; set; }
    public Guid? CategoryId { get; set; }

    /// <summary>Items handed in during this congress session.</summary>
    public Guid? SessionId { get; set; }

    /// <summary>Items currently assigned to this unit (as lead or co-unit).</summary>
    public Guid? UnitId { get; set; }

    /// <summary>Items the deputy leads or co-signed.</summary>
    public Guid? DeputyId { get; set; }
    public bool Overdue { get; set; }
    public bool DueSoon { get; set; }
    public bool KeyItemsOnly { get; set; }

    /// <summary>Raw items folded into merged ones are hidden unless asked for.</summary>
    public bool IncludeMergedSources { get; set; }

    /// <summary>Keyword: a substring of the title or the text (Chinese needs no segmentation).</summary>
    public string? Query { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 20;
}

public sealed record SuggestionListItem(
    Guid Id, Guid TownshipId, string TownshipName, string Number, SuggestionKind Kind, string Title, string LeadDeputyName,
    string? CategoryName, DateOnly SubmittedOn, SuggestionState State, int Round, string? LeadUnitName, DateOnly? Deadline,
    DateOnly? AnsweredOn, AnswerClass? AnswerClass, Satisfaction? LeadSatisfaction, bool IsKeyItem, bool IsOverdue,
    int MergedSourceCount, long Version)
{
    /// <summary>逾期天数: calendar days past the deadline while the answer is awaited; null when not overdue.</summary>
    public int? DaysOverdue { get; init; }
}

/// <summary>Item reads. Scoping (township, county or handling unit) comes from the context's filters.</summary>
public static class SuggestionQueries
{
    public const int MaxPageSize = 500;

    public static IQueryable<Suggestion> Filter(CongressDbContext db, SuggestionSearch s, DateOnly today)
    {
        var q = db.Suggestions.AsNoTracking();
        if (s.TownshipId is { } t) q = q.Where(x => x.TownshipId == t);
        if (s.Year is { } y) q = q.Where(x => x.Year == y);
        if (s.State is { } st) q = q.Where(x => x.State == st);
        else if (!s.IncludeMergedSources) q = q.Where(x => x.State != SuggestionState.Merged);
        if (s.Kind is { } k) q = q.Where(x => x.Kind == k);
        if (s.CategoryId is { } c) q = q.Where(x => x.CategoryId == c);
        if (s.SessionId is { } session) q = q.Where(x => x.SessionId == session);
        if (s.UnitId is { } u) q = q.Where(x => db.SuggestionAssignments.Any(a => a.SuggestionId == x.Id && a.UnitId == u && a.EndedOn == null));
        if (s.DeputyId is { } d) q = q.Where(x => db.Set<SuggestionSigner>().Any(g => g.SuggestionId == x.Id && g.DeputyId == d));
        if (s.KeyItemsOnly) q = q.Where(x => x.IsKeyItem);
        if (s.Overdue)
            q = q.Where(x => (x.State == SuggestionState.Assigned || x.State == SuggestionState.Handling) && x.Deadline < today);
        if (s.DueSoon)
        {
            var limit = today.AddDays(SuggestionRules.DueSoonDays);
            q = q.Where(x => (x.State == SuggestionState.Assigned || x.State == SuggestionState.Handling) && x.Deadline >= today && x.Deadline <= limit);
        }
        var keyword = (s.Query ?? "").Trim().ToLowerInvariant();
        if (keyword.Length > 0)
        {
            if (db.Database.IsNpgsql() && SearchBigrams.Of(keyword) is { Count: > 0 } terms)
            {
                // The GIN index on the bigrams finds the candidates; the LIKE below keeps only exact substrings.
                var all = string.Join(' ', terms);
                q = q.Where(x => EF.Functions.ToTsVector("simple", x.SearchTerms).Matches(EF.Functions.PlainToTsQuery("simple", all)));
            }
            var pattern = "%" + keyword.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            q = q.Where(x => EF.Functions.Like(x.SearchText, pattern, "\\"));
        }
        return q;
    }

    public static async Task<Paged<SuggestionListItem>> SearchAsync(this CongressDbContext db, SuggestionSearch s, CancellationToken ct = default)
    {
        var today = ChineseDate.TodayInChina(db.Clock);
        return await PageAsync(db, Filter(db, s, today), s, today, ct);
    }

    /// <summary>One page of a filtered query in the list's order, with the total (the county dashboard narrows it to its county first).</summary>
    internal static async Task<Paged<SuggestionListItem>> PageAsync(CongressDbContext db, IQueryable<Suggestion> query, SuggestionSearch s, DateOnly today,
        CancellationToken ct)
    {
        var (rows, total) = await PageRowsAsync(query, s, ct);
        return new Paged<SuggestionListItem>(await ToListItemsAsync(db, rows, today, ct), total);
    }

    /// <summary>One page of the rows in the list's order, and the total.</summary>
    internal static async Task<(IReadOnlyList<Suggestion> Rows, int Total)> PageRowsAsync(IQueryable<Suggestion> query, SuggestionSearch s,
        CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var pageSize = Math.Clamp(s.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, s.Page);
        var rows = await query
            .OrderByDescending(x => x.Year).ThenByDescending(x => x.Sequence).ThenBy(x => x.TownshipId)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(ct);
        return (rows, total);
    }

    public static async Task<IReadOnlyList<SuggestionListItem>> ToListItemsAsync(CongressDbContext db, IReadOnlyList<Suggestion> rows, DateOnly today, CancellationToken ct) =>
        ToListItems(rows, await NamesAsync(db, rows, ct), today);

    /// <summary>The list's rows with names the caller has already read (the county dashboard reads them with its other names).</summary>
    public static IReadOnlyList<SuggestionListItem> ToListItems(IReadOnlyList<Suggestion> rows, NameBook names, DateOnly today) =>
        rows.Select(x => new SuggestionListItem(x.Id, x.TownshipId, names.Townships.GetValueOrDefault(x.TownshipId, ""), x.Number, x.Kind,
            x.Title, x.FromPresidium ? "主席团" : x.LeadDeputyName, x.CategoryId is { } c ? names.Categories.GetValueOrDefault(c) : null, // Chinese by design: the presidium as proposer, a name
            x.SubmittedOn, x.State, x.Round, x.LeadUnitId is { } u ? names.Units.GetValueOrDefault(u) : null, x.Deadline, x.AnsweredOn,
            x.AnswerClass, x.LeadSatisfaction, x.IsKeyItem, x.IsOverdueOn(today), x.MergedSourceCount, x.Version)
            {
                DaysOverdue = SuggestionRules.DaysOverdue(x.State, x.Deadline, today),
            }).ToList();

    public sealed record NameBook(Dictionary<Guid, string> Townships, Dictionary<Guid, string> Categories, Dictionary<Guid, string> Units);

    /// <summary>
    /// Names for the rows the user may already see. Townships are read past the filters because a
    /// handling unit, which sees no township's records, still needs to know where an item comes from.
    /// </summary>
    public static async Task<NameBook> NamesAsync(CongressDbContext db, IReadOnlyCollection<Suggestion> rows, CancellationToken ct)
    {
        var townshipIds = rows.Select(r => r.TownshipId).Distinct().ToList();
        var categoryIds = rows.Where(r => r.CategoryId != null).Select(r => r.CategoryId!.Value).Distinct().ToList();
        var unitIds = rows.Where(r => r.LeadUnitId != null).Select(r => r.LeadUnitId!.Value).Distinct().ToList();
        var townships = await db.Townships.IgnoreQueryFilters().Where(t => townshipIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var categories = await db.SuggestionCategories.IgnoreQueryFilters().Where(c => categoryIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var units = await db.HandlingUnits.IgnoreQueryFilters().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return new NameBook(townships, categories, units);
    }

    /// <summary>Units a township may assign to: the county's active units, the township's own first.</summary>
    public static Task<List<HandlingUnit>> UnitsForTownshipAsync(this CongressDbContext db, Guid countyId, Guid townshipId, CancellationToken ct = default) =>
        db.HandlingUnits.AsNoTracking()
            .Where(u => u.CountyId == countyId && u.IsActive && (u.TownshipId == null || u.TownshipId == townshipId))
            .InListOrder().ToListAsync(ct);

    /// <summary>
    /// The one order of handling units wherever they are listed or offered: a township's own units first,
    /// then the county's; within each by kind, the county's sort order and name.
    /// </summary>
    public static IOrderedQueryable<HandlingUnit> InListOrder(this IQueryable<HandlingUnit> units) =>
        units.OrderBy(u => u.TownshipId == null).ThenBy(u => u.Kind).ThenBy(u => u.SortOrder).ThenBy(u => u.Name);

    public static Task<List<SuggestionCategory>> CategoriesAsync(this CongressDbContext db, Guid countyId, CancellationToken ct = default) =>
        db.SuggestionCategories.AsNoTracking().Where(c => c.CountyId == countyId && c.IsActive)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(ct);
}
