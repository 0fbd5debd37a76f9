using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Model;
using Township.Congress.Rules;

namespace Township.Congress.VoterReports;

public sealed record VoterReportListItem(Guid Id, Guid TownshipId, Guid DeputyId, string DeputyName, DateOnly ReportedOn, string District,
    string Place, int Audience, RatingMethod RatingMethod, VoterRating? Result, bool IsPublished, bool HasFile);

public sealed record VoterReportSearch(Guid? TownshipId, int? Year, string? Query, int Page = 1, int PageSize = 20);

public sealed record DeputyRef(Guid Id, string Name);

/// <summary>
/// One township's year against the two flags: who reported in the year, who has not reported yet in the
/// term (deputies in office), and whether the year reaches the township's count.
/// </summary>
public sealed record VoterReportCoverage(Guid TownshipId, int Year, IReadOnlyList<DeputyRef> ReportedInYear,
    IReadOnlyList<DeputyRef> NotYetReportedInTerm, int RequiredPerYear, bool MeetsYearCount);

public static class VoterReportQueries
{
    public static async Task<Paged<VoterReportListItem>> SearchVoterReportsAsync(this CongressDbContext db, VoterReportSearch search, CancellationToken ct = default)
    {
        var query = db.Set<VoterReport>().AsNoTracking().AsQueryable();
        if (search.TownshipId is { } t) query = query.Where(r => r.TownshipId == t);
        if (search.Year is { } y) query = query.Where(r => r.ReportedOn >= new DateOnly(y, 1, 1) && r.ReportedOn <= new DateOnly(y, 12, 31));
        var rows = query.Join(db.Deputies, r => r.DeputyId, d => d.Id, (r, d) => new { r, d.Name });
        if (!string.IsNullOrWhiteSpace(search.Query))
        {
            var q = search.Query.Trim();
            rows = rows.Where(x => x.Name.Contains(q) || x.r.District.Contains(q) || x.r.Place.Contains(q));
        }
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(x => x.r.ReportedOn).ThenBy(x => x.Name).ThenBy(x => x.r.Id)
            .Skip((search.Page - 1) * search.PageSize).Take(search.PageSize)
            .Select(x => new VoterReportListItem(x.r.Id, x.r.TownshipId, x.r.DeputyId, x.Name, x.r.ReportedOn, x.r.District, x.r.Place,
                x.r.Audience, x.r.RatingMethod, x.r.Result, x.r.IsPublished, x.r.FileSizeBytes > 0))
            .ToListAsync(ct);
        return new Paged<VoterReportListItem>(items, total);
    }

    /// <summary>The flags of one township's year under its county's thresholds in force.</summary>
    public static async Task<VoterReportCoverage> VoterReportCoverageAsync(this CongressDbContext db, Guid townshipId, int year, CancellationToken ct = default) =>
        await db.VoterReportCoverageAsync(townshipId, year, await new CountyRulesService(db).ForTownshipAsync(townshipId, ct), ct);

    /// <summary>The flags of one township's year; the term is the one the year falls in (the current one when several do).</summary>
    public static async Task<VoterReportCoverage> VoterReportCoverageAsync(this CongressDbContext db, Guid townshipId, int year, CountyRules rules,
        CancellationToken ct = default)
    {
        await db.FindTownshipAsync(townshipId, ct);
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var reports = db.Set<VoterReport>().AsNoTracking().Where(r => r.TownshipId == townshipId);
        var reportedInYear = await reports.Where(r => r.ReportedOn >= start && r.ReportedOn <= end)
            .Join(db.Deputies, r => r.DeputyId, d => d.Id, (r, d) => new { d.Id, d.Name }).Distinct().ToListAsync(ct);

        var term = await db.Terms.AsNoTracking().Where(t => t.TownshipId == townshipId && t.StartYear <= year && t.EndYear >= year)
            .OrderByDescending(t => t.IsCurrent).ThenByDescending(t => t.StartYear).FirstOrDefaultAsync(ct);
        var notYet = new List<DeputyRef>();
        if (term is not null)
        {
            var termStart = new DateOnly(term.StartYear, 1, 1);
            var counts = await reports.Where(r => r.TermId == term.Id && r.ReportedOn >= termStart && r.ReportedOn <= end)
                .GroupBy(r => r.DeputyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            var inOffice = await db.Deputies.AsNoTracking()
                .Where(d => d.TownshipId == townshipId && d.TermId == term.Id && d.Status == DeputyStatus.InOffice)
                .Select(d => new DeputyRef(d.Id, d.Name)).ToListAsync(ct);
            notYet = inOffice.Where(d => !VoterReportRules.DeputyMeetsTerm(counts.GetValueOrDefault(d.Id), rules)).ToList();
        }
        var byName = StringComparer.Ordinal;
        return new VoterReportCoverage(townshipId, year, [.. reportedInYear.Select(d => new DeputyRef(d.Id, d.Name)).OrderBy(d => d.Name, byName)], [.. notYet.OrderBy(d => d.Name, byName)],
            rules.Whole(VoterReportRules.TownshipPerYear), VoterReportRules.TownshipMeetsYear(reportedInYear.Count, rules));
    }
}
