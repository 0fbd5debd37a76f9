using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Model;
using Township.Congress.Rules;

namespace Township.Congress.DeputyRecords;

/// <summary>A roster page ordered or filtered by the year's record, with each listed deputy's row.</summary>
public sealed record RosterRecordPage(Paged<DeputyListItem> Page, IReadOnlyDictionary<Guid, DeputyRecordRow> Records);

/// <summary>
/// The roster sorted by points or days on duty, or filtered by a flag: the roster's own filters first (the same
/// search as the list), then the township-year's records (one set-based computation) decide order and filter.
/// </summary>
public static class RosterByRecord
{
    public static async Task<RosterRecordPage> SearchAsync(this CongressDbContext db, DeputySearch search, DeputyRecordSort order,
        DeputyFlagKind? flag, int year, CountyRules rules, CancellationToken ct = default)
    {
        if (search.TownshipId is not { } townshipId) return new RosterRecordPage(new Paged<DeputyListItem>([], 0), new Dictionary<Guid, DeputyRecordRow>());
        var all = new List<DeputyListItem>();
        for (var page = 1; ; page++)
        {
            var chunk = await db.SearchAsync(search with { Page = page, PageSize = DeputyQueries.MaxPageSize }, ct);
            all.AddRange(chunk.Items);
            if (chunk.Items.Count == 0 || all.Count >= chunk.Total) break;
        }
        var records = (await db.TownshipRecordsAsync(townshipId, year, null, rules, ct)).ToDictionary(r => r.DeputyId, DeputyRecordRow.Of);
        var rows = all.Where(d => flag is null || (records.TryGetValue(d.Id, out var r) && r.Flags.Any(f => f.Kind == flag)));
        // Deputies without a record of the year (not in office in it) come last, in the roster's own order.
        var ordered = order switch
        {
            DeputyRecordSort.Points => rows.OrderBy(d => records.TryGetValue(d.Id, out var r) ? r.Rank ?? int.MaxValue : int.MaxValue),
            DeputyRecordSort.DaysOnDuty => rows.OrderByDescending(d => records.TryGetValue(d.Id, out var r) ? r.Counts.DaysOnDuty : -1),
            DeputyRecordSort.Flags => rows.OrderByDescending(d => records.TryGetValue(d.Id, out var r) ? r.Flags.Count : -1),
            _ => rows.OrderBy(_ => 0),
        };
        var list = ordered.ToList();
        var size = Math.Clamp(search.PageSize, 1, DeputyQueries.MaxPageSize);
        var items = list.Skip((Math.Max(1, search.Page) - 1) * size).Take(size).ToList();
        return new RosterRecordPage(new Paged<DeputyListItem>(items, list.Count),
            items.Where(i => records.ContainsKey(i.Id)).ToDictionary(i => i.Id, i => records[i.Id]));
    }
}
