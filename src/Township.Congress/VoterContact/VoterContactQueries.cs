using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Rules;
using Township.Congress.Suggestions;

namespace Township.Congress.VoterContact;

public sealed class ReceptionSearch
{
    public Guid? TownshipId { get; set; }
    public int? Year { get; set; }
    public Guid? StationId { get; set; }

    /// <summary>Matches the station, the place, a duty deputy's name or a visitor's matter.</summary>
    public string? Query { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 20;
}

public sealed record DeputyRef(Guid Id, string Name);

/// <summary>One reception day in the list, with its notice flag and counts.</summary>
public sealed record ReceptionListItem(Guid Id, Guid TownshipId, Guid StationId, string StationName, DateOnly Date, string Place,
    DateOnly? NoticePostedOn, bool NoticeLate, IReadOnlyList<DeputyRef> DutyDeputies, int Visitors, int Suggestions, long Version);

/// <summary>A visitor as shown: the phone already passed through the viewer's disclosure rule.</summary>
public sealed record VisitView(Guid Id, string VisitorName, Guid? VillageId, string VillageName, string ContactPhone, string Matter,
    ReceptionDisposition Disposition, string DispositionLabel, string Reply, Guid? ReceivedById, string ReceivedByName,
    Guid? SuggestionId, string? SuggestionNumber, long Version);

public sealed record ReceptionDetails(ReceptionListItem Day, string Note, IReadOnlyList<VisitView> Visits);

public sealed record ContactListItem(Guid Id, Guid TownshipId, Guid DeputyId, string DeputyName, DateOnly Date, int Constituents,
    string Way, string Raised, long Version);

/// <summary>A deputy's year of voter contact against the two targets.</summary>
public sealed record DeputyContactFigures(Guid DeputyId, string DeputyName, int ConstituentsMet, int VisitorsOnDuty, int PersonTimes,
    int DutyDays, bool ContactShort, bool DutyShort);

/// <summary>Where a suggestion made of a reception's matter came from.</summary>
public sealed record ReceptionSource(Guid ReceptionId, Guid VisitId, string StationName, DateOnly Date);

public static class VoterContactQueries
{
    public static async Task<Paged<ReceptionListItem>> SearchReceptionsAsync(this CongressDbContext db, ReceptionSearch s, CountyRules rules,
        CancellationToken ct = default)
    {
        var query = db.Set<ReceptionDay>().AsNoTracking();
        if (s.TownshipId is { } t) query = query.Where(d => d.TownshipId == t);
        if (s.Year is { } y) query = query.Where(d => d.Date >= new DateOnly(y, 1, 1) && d.Date <= new DateOnly(y, 12, 31));
        if (s.StationId is { } st) query = query.Where(d => d.StationId == st);
        if (!string.IsNullOrWhiteSpace(s.Query))
        {
            var q = s.Query.Trim();
            query = query.Where(d => d.Place.Contains(q) || d.Visits.Any(v => v.Matter.Contains(q))
                || db.LiaisonStations.Any(x => x.Id == d.StationId && x.Name.Contains(q))
                || d.Duties.Any(x => db.Deputies.Any(p => p.Id == x.DeputyId && p.Name.Contains(q))));
        }
        var total = await query.CountAsync(ct);
        var page = Math.Max(1, s.Page);
        var size = Math.Clamp(s.PageSize, 1, DeputyQueries.MaxPageSize);
        var days = await query.OrderByDescending(d => d.Date).ThenBy(d => d.Id).Skip((page - 1) * size).Take(size)
            .Include(d => d.Duties).ToListAsync(ct);
        return new Paged<ReceptionListItem>(await ItemsAsync(db, days, rules, ct), total);
    }

    public static async Task<ReceptionDetails> ReceptionDetailsAsync(this CongressDbContext db, Guid id, CountyRules rules, CancellationToken ct = default)
    {
        var day = await db.FindVisibleAsync<ReceptionDay>(id, ct);
        await db.Entry(day).Collection(d => d.Duties).LoadAsync(ct);
        var item = (await ItemsAsync(db, [day], rules, ct))[0];
        var visits = await db.Set<ReceptionVisit>().AsNoTracking().Where(v => v.ReceptionDayId == id).OrderBy(v => v.Id).ToListAsync(ct);
        var villages = await db.Villages.AsNoTracking().Where(v => v.TownshipId == day.TownshipId).ToDictionaryAsync(v => v.Id, v => v.Name, ct);
        var receiverIds = visits.Select(v => v.ReceivedById).OfType<Guid>().Distinct().ToList();
        var names = await db.Deputies.AsNoTracking().Where(d => receiverIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var itemIds = visits.Select(v => v.SuggestionId).OfType<Guid>().ToList();
        var numbers = await db.Suggestions.AsNoTracking().Where(x => itemIds.Contains(x.Id))
            .Select(x => new { x.Id, x.Year, x.Sequence }).ToDictionaryAsync(x => x.Id, x => Suggestion.FormatNumber(x.Year, x.Sequence), ct);
        return new ReceptionDetails(item, day.Note, visits.Select(v => new VisitView(v.Id, v.VisitorName, v.VillageId,
            v.VillageId is { } vid ? villages.GetValueOrDefault(vid, "") : "", db.Scope.DisclosePhone(v.ContactPhone), v.Matter, v.Disposition,
            VoterContactLabels.Of(v.Disposition), v.Reply, v.ReceivedById, v.ReceivedById is { } r ? names.GetValueOrDefault(r, "") : "",
            v.SuggestionId, v.SuggestionId is { } sid ? numbers.GetValueOrDefault(sid) : null, v.Version)).ToList());
    }

    public static async Task<Paged<ContactListItem>> SearchContactsAsync(this CongressDbContext db, Guid? townshipId, int? year, Guid? deputyId,
        string? q, int page, int pageSize, CancellationToken ct = default)
    {
        var query = db.Set<ConstituentContact>().AsNoTracking();
        if (townshipId is { } t) query = query.Where(c => c.TownshipId == t);
        if (year is { } y) query = query.Where(c => c.Date >= new DateOnly(y, 1, 1) && c.Date <= new DateOnly(y, 12, 31));
        if (deputyId is { } d) query = query.Where(c => c.DeputyId == d);
        var rows = query.Join(db.Deputies, c => c.DeputyId, p => p.Id, (c, p) => new { c, p.Name });
        if (!string.IsNullOrWhiteSpace(q)) rows = rows.Where(x => x.Name.Contains(q.Trim()) || x.c.Raised.Contains(q.Trim()));
        var total = await rows.CountAsync(ct);
        var size = Math.Clamp(pageSize, 1, DeputyQueries.MaxPageSize);
        var items = await rows.OrderByDescending(x => x.c.Date).ThenBy(x => x.c.Id).Skip((Math.Max(1, page) - 1) * size).Take(size)
            .Select(x => new ContactListItem(x.c.Id, x.c.TownshipId, x.c.DeputyId, x.Name, x.c.Date, x.c.Constituents, x.c.Way, x.c.Raised, x.c.Version))
            .ToListAsync(ct);
        return new Paged<ContactListItem>(items, total);
    }

    /// <summary>
    /// Every deputy of the township in office at some time in <paramref name="year"/>, with the year's person-times
    /// (<see cref="VoterContactRules.PersonTimes"/>) and duty days, and the two flags; those short of a target first.
    /// </summary>
    public static async Task<IReadOnlyList<DeputyContactFigures>> ContactTargetsAsync(this CongressDbContext db, Guid townshipId, int year,
        CountyRules rules, CancellationToken ct = default)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var deputies = await db.Deputies.AsNoTracking()
            .Where(d => d.TownshipId == townshipId).Where(InOfficeDuring(start, end))
            .Select(d => new { d.Id, d.Name, d.NameSortKey }).ToListAsync(ct);
        var met = await db.Set<ConstituentContact>().AsNoTracking().Where(c => c.TownshipId == townshipId && c.Date >= start && c.Date <= end)
            .GroupBy(c => c.DeputyId).Select(g => new { g.Key, Sum = g.Sum(c => c.Constituents) }).ToDictionaryAsync(x => x.Key, x => x.Sum, ct);
        var duties = await db.Set<ReceptionDuty>().AsNoTracking()
            .Join(db.Set<ReceptionDay>().Where(d => d.TownshipId == townshipId && d.Date >= start && d.Date <= end), x => x.ReceptionDayId, d => d.Id,
                (x, d) => new { x.DeputyId, Visitors = d.Visits.Count() })
            .ToListAsync(ct);
        return deputies.Select(d =>
            {
                var own = met.GetValueOrDefault(d.Id);
                var mine = duties.Where(x => x.DeputyId == d.Id).ToList();
                var visitors = mine.Sum(x => x.Visitors);
                var personTimes = VoterContactRules.PersonTimes(own, visitors);
                return new DeputyContactFigures(d.Id, d.Name, own, visitors, personTimes, mine.Count,
                    VoterContactRules.ContactIsShort(personTimes, rules), VoterContactRules.DutyIsShort(mine.Count, rules));
            })
            .OrderByDescending(f => f.ContactShort || f.DutyShort).ThenBy(f => deputies.First(x => x.Id == f.DeputyId).NameSortKey, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The deputies counted for a span of days: in office at some time in it (in office now, or whose status changed
    /// during or after it, and who took office before its end). Shared with the deputy records, so both count the same people.
    /// </summary>
    public static System.Linq.Expressions.Expression<Func<Deputy, bool>> InOfficeDuring(DateOnly start, DateOnly end) =>
        d => (d.Status == DeputyStatus.InOffice || d.StatusSince >= start) && (d.TookOfficeOn == null || d.TookOfficeOn <= end);

    /// <summary>The reception a suggestion was made from, if it was.</summary>
    public static async Task<ReceptionSource?> ReceptionOfSuggestionAsync(this CongressDbContext db, Guid suggestionId, CancellationToken ct = default) =>
        await db.Set<ReceptionVisit>().AsNoTracking().Where(v => v.SuggestionId == suggestionId)
            .Join(db.Set<ReceptionDay>(), v => v.ReceptionDayId, d => d.Id, (v, d) => new { v, d })
            .Join(db.LiaisonStations, x => x.d.StationId, s => s.Id, (x, s) => new ReceptionSource(x.d.Id, x.v.Id, s.Name, x.d.Date))
            .FirstOrDefaultAsync(ct);

    private static async Task<List<ReceptionListItem>> ItemsAsync(CongressDbContext db, List<ReceptionDay> days, CountyRules rules, CancellationToken ct)
    {
        var ids = days.Select(d => d.Id).ToList();
        var stationIds = days.Select(d => d.StationId).Distinct().ToList();
        var stations = await db.LiaisonStations.AsNoTracking().Where(s => stationIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var deputyIds = days.SelectMany(d => d.Duties).Select(x => x.DeputyId).Distinct().ToList();
        var names = await db.Deputies.AsNoTracking().Where(d => deputyIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var counts = await db.Set<ReceptionVisit>().AsNoTracking().Where(v => ids.Contains(v.ReceptionDayId)).GroupBy(v => v.ReceptionDayId)
            .Select(g => new { g.Key, Visitors = g.Count(), Suggestions = g.Count(v => v.SuggestionId != null) }).ToDictionaryAsync(x => x.Key, ct);
        var today = ChineseDate.TodayInChina(db.Clock);
        return days.Select(d => new ReceptionListItem(d.Id, d.TownshipId, d.StationId, stations.GetValueOrDefault(d.StationId, ""), d.Date, d.Place,
            d.NoticePostedOn, VoterContactRules.NoticeIsLate(d.Date, d.NoticePostedOn, today, rules),
            d.Duties.Select(x => new DeputyRef(x.DeputyId, names.GetValueOrDefault(x.DeputyId, ""))).OrderBy(x => x.Name, StringComparer.Ordinal).ToList(),
            counts.GetValueOrDefault(d.Id)?.Visitors ?? 0, counts.GetValueOrDefault(d.Id)?.Suggestions ?? 0, d.Version)).ToList();
    }
}
