using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Formatting;

namespace Township.Congress.Deputies;

/// <summary>
/// Fills the name search and sort keys of deputies saved before the keys existed (the TrustRoster
/// migration adds them empty; only .NET's ICU can compute them). Runs after the migrations; a
/// key is a derived value, so it is written without a version step or an audit entry. Stroke keys of
/// the older ICU stroke order (without <see cref="SurnameStrokeOrder.KeyPrefix"/>) are recomputed.
/// </summary>
public static class NameKeys
{
    public static async Task FillMissingAsync(CongressDbContext db, CancellationToken ct = default)
    {
        var missing = await db.Deputies.IgnoreQueryFilters().Where(d => d.NameSortKey == "" || !d.NameStrokeKey.StartsWith(SurnameStrokeOrder.KeyPrefix))
            .Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        foreach (var d in missing)
        {
            string pinyin = NameCollation.FullPinyin(d.Name), sortKey = NameCollation.PinyinKey(d.Name), strokeKey = SurnameStrokeOrder.Key(d.Name);
            await db.Deputies.IgnoreQueryFilters().Where(x => x.Id == d.Id).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.NamePinyin, pinyin).SetProperty(x => x.NameSortKey, sortKey).SetProperty(x => x.NameStrokeKey, strokeKey), ct);
        }
    }
}
