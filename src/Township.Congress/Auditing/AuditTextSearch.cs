using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;

namespace Township.Congress.Auditing;

/// <summary>
/// Turns what people type into the audit's search box (an item number, a deputy's or a group's
/// name) into the keys of the records it names. The audit stores keys, not names: a rename or a
/// number never written into a change row is still found this way.
/// </summary>
internal static partial class AuditTextSearch
{
    private const int MaxRecords = 50;

    public static async Task<List<string>> KeysNamedAsync(CongressDbContext db, string text, CancellationToken ct)
    {
        var ids = new List<Guid>();
        if (ItemNumber().Match(text) is { Success: true } number)
        {
            var year = int.Parse(number.Groups[1].Value, CultureInfo.InvariantCulture);
            var sequence = int.Parse(number.Groups[2].Value, CultureInfo.InvariantCulture);
            ids.AddRange(await db.Suggestions.AsNoTracking().Where(x => x.Year == year && x.Sequence == sequence).Select(x => x.Id).ToListAsync(ct));
        }
        else
        {
            ids.AddRange(await db.Deputies.AsNoTracking().Where(x => x.Name.Contains(text)).Select(x => x.Id).Take(MaxRecords).ToListAsync(ct));
            ids.AddRange(await db.DeputyGroups.AsNoTracking().Where(x => x.Name.Contains(text)).Select(x => x.Id).Take(MaxRecords).ToListAsync(ct));
            ids.AddRange(await db.LiaisonStations.AsNoTracking().Where(x => x.Name.Contains(text)).Select(x => x.Id).Take(MaxRecords).ToListAsync(ct));
            ids.AddRange(await db.Suggestions.AsNoTracking().Where(x => x.Title.Contains(text)).Select(x => x.Id).Take(MaxRecords).ToListAsync(ct));
        }
        return [.. ids.Distinct().Select(id => id.ToString())];
    }

    // 2026-017, 2026-17 or 2026017: an item's number as printed or typed.
    [GeneratedRegex(@"^(\d{4})\s*[-－—]?\s*(\d{1,4})$")]
    private static partial Regex ItemNumber();
}
