using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Places;
using Township.Congress.Resources;

namespace Township.Congress.Deputies;

/// <summary>Roster reads. Scoping comes from the context's filters; nothing here re-checks it.</summary>
public static class DeputyQueries
{
    public const int MaxPageSize = 500;

    public static async Task<Paged<DeputyListItem>> SearchAsync(this CongressDbContext db, DeputySearch s, CancellationToken ct = default)
    {
        var query = Filter(db, s);
        var total = await query.CountAsync(ct);
        var pageSize = Math.Clamp(s.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, s.Page);
        var rows = await Sort(query, s)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(d => new
            {
                d.Id, d.TownshipId, d.Name, d.Gender, d.Ethnicity, d.BirthDate, d.Affiliation, d.Education,
                d.Category, d.Levels, Village = db.Villages.Where(v => v.Id == d.VillageId).Select(v => v.Name).FirstOrDefault(),
                Group = d.Group == null ? null : d.Group.Name, d.Phone, d.Status, d.StatusSince, d.Version,
                d.WorkUnit,
            })
            .ToListAsync(ct);
        var scope = db.Scope;
        var items = rows.Select(r => new DeputyListItem(r.Id, r.TownshipId, r.Name, r.Gender, r.Ethnicity, r.BirthDate,
            r.Affiliation, r.Education, r.Category, r.Levels, r.Village ?? r.WorkUnit, r.Group,
            scope.DisclosePhone(r.Phone), r.Status, r.StatusSince, r.Version)).ToList();
        return new Paged<DeputyListItem>(items, total);
    }

    public static IQueryable<Deputy> Filter(CongressDbContext db, DeputySearch s)
    {
        var query = db.Deputies.AsNoTracking();
        if (s.TownshipId is { } t) query = query.Where(d => d.TownshipId == t);
        if (!string.IsNullOrWhiteSpace(s.Query))
        {
            var q = s.Query.Trim();
            var letters = new string(q.Where(char.IsAsciiLetter).ToArray()).ToLowerInvariant();
            // Phones are searched only by those who see them: a masked number must not be findable digit by digit.
            var digits = db.Scope.MaySeePersonalData ? PhoneNumbers.Normalize(q) : null;
            var byPhone = digits is { Length: >= 3 } && digits.All(char.IsAsciiDigit);
            var byPinyin = letters.Length > 0 && letters.Length == q.Count(c => !char.IsWhiteSpace(c));
            query = query.Where(d => d.Name.Contains(q)
                || (byPinyin && (d.NameInitials.StartsWith(letters) || d.NamePinyin.Contains(letters)))
                || (byPhone && d.Phone != null && d.Phone.Contains(digits!)));
        }
        if (s.GroupId is { } g) query = g == Guid.Empty ? query.Where(d => d.GroupId == null) : query.Where(d => d.GroupId == g);
        if (s.Level is { } level) query = query.Where(d => (d.Levels & level) == level);
        if (s.Category is { } c) query = query.Where(d => d.Category == c);
        if (s.Status is { } st) query = query.Where(d => d.Status == st);
        if (s.VillageId is { } v) query = query.Where(d => d.VillageId == v);
        return query;
    }

    private static IQueryable<Deputy> Sort(IQueryable<Deputy> q, DeputySearch s) => (s.Sort, s.Descending) switch
    {
        (DeputySort.Group, false) => ByName(q.OrderBy(d => d.Group!.SortOrder)),
        (DeputySort.Group, true) => ByName(q.OrderByDescending(d => d.Group!.SortOrder)),
        (DeputySort.Category, false) => ByName(q.OrderBy(d => d.Category)),
        (DeputySort.Category, true) => ByName(q.OrderByDescending(d => d.Category)),
        (DeputySort.Status, false) => ByName(q.OrderBy(d => d.Status)),
        (DeputySort.Status, true) => ByName(q.OrderByDescending(d => d.Status)),
        (DeputySort.BirthDate, false) => q.OrderBy(d => d.BirthDate).ThenBy(d => d.Id),
        (DeputySort.BirthDate, true) => q.OrderByDescending(d => d.BirthDate).ThenBy(d => d.Id),
        (DeputySort.Strokes, false) => q.OrderBy(d => d.NameStrokeKey).ThenBy(d => d.NameSortKey).ThenBy(d => d.Id),
        (DeputySort.Strokes, true) => q.OrderByDescending(d => d.NameStrokeKey).ThenByDescending(d => d.NameSortKey).ThenBy(d => d.Id),
        (_, true) => q.OrderByDescending(d => d.NameSortKey).ThenByDescending(d => d.NameInitials).ThenByDescending(d => d.Name).ThenBy(d => d.Id),
        _ => ByName(q.OrderBy(d => d.NameSortKey)),
    };

    /// <summary>Full pinyin character by character, the initials and the name itself breaking ties.</summary>
    private static IOrderedQueryable<Deputy> ByName(IOrderedQueryable<Deputy> q) =>
        q.ThenBy(d => d.NameSortKey).ThenBy(d => d.NameInitials).ThenBy(d => d.Name).ThenBy(d => d.Id);

    /// <summary>The current term of a township; a roster entry belongs to it by default.</summary>
    public static Task<Term?> CurrentTermAsync(this CongressDbContext db, Guid townshipId, CancellationToken ct = default) =>
        db.Terms.Where(t => t.TownshipId == townshipId).OrderByDescending(t => t.IsCurrent).ThenByDescending(t => t.Ordinal)
            .FirstOrDefaultAsync(ct);

    public static string NoTermMessage => ModelText.Township_NoCurrentTerm;

    /// <summary>The current term, or a validation error saying none is set: what every create needs first.</summary>
    public static async Task<Term?> CurrentTermOrErrorAsync(this CongressDbContext db, Guid townshipId, List<ValidationError> errors,
        CancellationToken ct = default)
    {
        var term = await db.CurrentTermAsync(townshipId, ct);
        if (term is null) errors.Add(new("TermId", NoTermMessage));
        return term;
    }

    /// <summary>
    /// What a new session or meeting needs first: its township (visible to the user, else it throws),
    /// the current term, and no error in <paramref name="errors"/> (the input's own checks); else it throws them all.
    /// </summary>
    public static async Task<Term> TermForNewRecordAsync(this CongressDbContext db, Guid townshipId, List<ValidationError> errors,
        CancellationToken ct = default)
    {
        await db.FindTownshipAsync(townshipId, ct);
        var term = await db.CurrentTermOrErrorAsync(townshipId, errors, ct);
        DomainValidationException.ThrowIfAny(errors);
        return term!;
    }
}
