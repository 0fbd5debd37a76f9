using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Security;

namespace Township.Congress.Auditing;

public sealed record AuditSearch
{
    public string? EntityType { get; init; }

    /// <summary>A key of <see cref="AuditCategories"/>: the record types (or refusals) to show.</summary>
    public string? Category { get; init; }

    /// <summary>An item number (2026-017), a name or any text of the change: finds the records it names and their parts.</summary>
    public string? Text { get; init; }
    public string? EntityKey { get; init; }
    public string? UserName { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}

/// <summary>
/// The audit browser. Administrators see everything; chairs see their own township's rows.
/// Anyone else is refused: the audit is not a query-filtered table, so the rule is here.
/// </summary>
public static class AuditQueries
{
    public static async Task<Paged<AuditEntry>> SearchAuditAsync(this CongressDbContext db, AuditSearch s, CancellationToken ct = default)
    {
        var scope = db.Scope;
        if (!scope.MayBrowseAudit) throw new TownshipAccessDeniedException("Audit", "");
        var query = db.AuditEntries.AsNoTracking();
        if (!scope.Unrestricted)
        {
            var townships = scope.ReadableTownshipIds;
            query = query.Where(a => a.TownshipId != null && townships.Contains(a.TownshipId.Value));
        }
        if (!string.IsNullOrWhiteSpace(s.EntityType)) query = query.Where(a => a.EntityType == s.EntityType);
        if (AuditCategories.Find(s.Category) is { } category)
        {
            var types = category.EntityTypes.ToList();
            if (types.Count > 0) query = query.Where(a => types.Contains(a.EntityType));
            if (category.Actions is { Count: > 0 } actions)
            {
                var list = actions.ToList();
                query = query.Where(a => list.Contains(a.Action));
            }
        }
        if (!string.IsNullOrWhiteSpace(s.Text))
        {
            var text = s.Text.Trim();
            var keys = await AuditTextSearch.KeysNamedAsync(db, text, ct);
            query = query.Where(a => keys.Contains(a.EntityKey) || a.Changes.Contains(text) || keys.Any(k => a.Changes.Contains(k)));
        }
        if (!string.IsNullOrWhiteSpace(s.EntityKey)) query = query.Where(a => a.EntityKey == s.EntityKey.Trim());
        if (!string.IsNullOrWhiteSpace(s.UserName)) query = query.Where(a => a.UserName.Contains(s.UserName.Trim()));
        // Dates are China calendar days; the stored instants are UTC.
        if (s.From is { } from) query = query.Where(a => a.AtUtc >= from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ChineseDate.ChinaOffset);
        if (s.To is { } to) query = query.Where(a => a.AtUtc < to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ChineseDate.ChinaOffset);
        var total = await query.CountAsync(ct);
        var pageSize = Math.Clamp(s.PageSize, 1, 500);
        var items = await query.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Skip((Math.Max(1, s.Page) - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<AuditEntry>(items, total);
    }
}
