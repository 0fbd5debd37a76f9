using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Formatting;
using Township.Congress.Suggestions;

namespace Township.Congress.Web.Features.Suggestions;

public sealed record NamedOption(Guid Id, string Name);

/// <summary>A deputy to pick as signer or filter; initials let "zcs" find 赵春生.</summary>
public sealed record DeputyOption(Guid Id, string Name, string Initials)
{
    public bool Matches(string? text) =>
        string.IsNullOrWhiteSpace(text) || Name.Contains(text.Trim(), StringComparison.Ordinal)
        || Initials.StartsWith(text.Trim(), StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Name;
}

/// <summary>
/// Who is looking at the item list and what the filters can offer them: a secretary or chair
/// (one township), county staff (every township, with a township column), or a handling unit
/// (its own items only, no roster).
/// </summary>
public sealed class SuggestionListContext
{
    public bool IsUnit { get; init; }
    public string UnitName { get; init; } = "";
    public Guid? UnitId { get; init; }

    /// <summary>The secretary of the one township: may add and merge items.</summary>
    public bool CanEdit { get; init; }
    public Guid? HomeTownshipId { get; init; }
    public Guid? CountyId { get; init; }
    public IReadOnlyList<NamedOption> Townships { get; init; } = [];
    public IReadOnlyList<NamedOption> Categories { get; init; } = [];
    public IReadOnlyList<NamedOption> Units { get; init; } = [];
    public IReadOnlyList<int> Years { get; init; } = [];
    public int CurrentYear { get; init; }

    public bool ShowTownship => Townships.Count > 1 || IsUnit;

    /// <summary>A county login: supervises (督办) items under way from the list, and downloads one ledger of all its townships.</summary>
    public bool IsCounty { get; init; }

    public static async Task<SuggestionListContext> LoadAsync(CongressDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        var scope = db.Scope;
        var year = ChineseDate.TodayInChina(clock).Year;
        var years = (await db.Suggestions.Select(s => s.Year).Distinct().ToListAsync(ct)).Append(year).Distinct().OrderDescending().ToList();
        if (scope.HandlingUnitId is { } unitId)
        {
            var unit = await db.HandlingUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct);
            return new SuggestionListContext
            {
                IsUnit = true, UnitId = unitId, UnitName = unit?.Name ?? "", CountyId = scope.CountyId, Years = years, CurrentYear = year,
                Categories = await CategoriesAsync(db, scope.CountyId, ct),
            };
        }
        var townships = (await db.Townships.AsNoTracking().OrderBy(t => t.Number).Select(t => new { t.Id, t.Name, t.CountyId }).ToListAsync(ct));
        var countyId = scope.CountyId ?? townships.FirstOrDefault()?.CountyId;
        var home = scope.HomeTownshipId;
        var units = home is { } h && countyId is { } c
            ? await db.UnitsForTownshipAsync(c, h, ct)
            : await db.HandlingUnits.AsNoTracking().Where(u => u.CountyId == countyId && u.IsActive).InListOrder().ToListAsync(ct);
        return new SuggestionListContext
        {
            CanEdit = home is { } t && scope.CanWrite(t), HomeTownshipId = home, CountyId = countyId,
            IsCounty = scope.CountyId is not null && !scope.Unrestricted, Years = years, CurrentYear = year,
            Townships = townships.Select(t => new NamedOption(t.Id, t.Name)).ToList(),
            Categories = await CategoriesAsync(db, countyId, ct),
            Units = units.Select(u => new NamedOption(u.Id, u.Name)).ToList(),
        };
    }

    private static async Task<IReadOnlyList<NamedOption>> CategoriesAsync(CongressDbContext db, Guid? countyId, CancellationToken ct) =>
        countyId is { } c ? (await db.CategoriesAsync(c, ct)).Select(x => new NamedOption(x.Id, x.Name)).ToList() : [];

    /// <summary>The township's deputies (in office only, or all for filtering old items), by name.</summary>
    public static async Task<List<DeputyOption>> DeputiesAsync(CongressDbContext db, Guid townshipId, bool inOfficeOnly, CancellationToken ct = default)
    {
        var q = db.Deputies.AsNoTracking().Where(d => d.TownshipId == townshipId);
        if (inOfficeOnly) q = q.Where(d => d.Status == DeputyStatus.InOffice);
        return (await q.OrderBy(d => d.NameInitials).ThenBy(d => d.Name).Select(d => new { d.Id, d.Name, d.NameInitials }).ToListAsync(ct))
            .Select(d => new DeputyOption(d.Id, d.Name, d.NameInitials)).ToList();
    }
}

/// <summary>The list filters as the page holds them; <see cref="ToSearch"/> makes the query.</summary>
public sealed class SuggestionListFilter
{
    public string? Query { get; set; }
    public Guid? TownshipId { get; set; }
    public int? Year { get; set; }
    public SuggestionState? State { get; set; }
    public SuggestionKind? Kind { get; set; }
    public Guid? CategoryId { get; set; }
    public Guid? UnitId { get; set; }
    public DeputyOption? Deputy { get; set; }
    public bool KeyItemsOnly { get; set; }

    /// <summary>Quick filter: <see cref="All"/>, <see cref="Overdue"/> or <see cref="DueSoon"/>.</summary>
    public string Quick { get; set; } = All;

    public const string All = "all";
    public const string Overdue = "overdue";
    public const string DueSoon = "due-soon";

    public SuggestionSearch ToSearch(string? quick = null) => new()
    {
        Query = Query, TownshipId = TownshipId, Year = Year, State = State, Kind = Kind, CategoryId = CategoryId, UnitId = UnitId,
        DeputyId = Deputy?.Id, KeyItemsOnly = KeyItemsOnly,
        Overdue = (quick ?? Quick) == Overdue, DueSoon = (quick ?? Quick) == DueSoon,
    };
}
