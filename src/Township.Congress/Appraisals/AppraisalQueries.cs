using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Rectifications;
using Township.Congress.Rules;

namespace Township.Congress.Appraisals;

public sealed record AppraisalSearch(Guid? TownshipId, int? Year, string? Query, int Page = 1, int PageSize = 20);

public sealed record AppraisalListItem(Guid Id, Guid TownshipId, string TownshipName, int Year, string Title, DateOnly StartsOn,
    AppraisalState State, DateOnly? PublishedOn, int Subjects);

public sealed record AppraisalSubjectRow(Guid Id, AppraisalSubjectKind Kind, Guid? UnitId, string Name, string Post, string DisplayName,
    int Satisfied, int BasicallySatisfied, int Unsatisfied, Guid? RectificationItemId);

public sealed record AppraisalReportRow(Guid Id, DateOnly HeardOn, string Summary);

/// <summary>A linked visit as the appraisal shows it: the activity's subject and dates.</summary>
public sealed record AppraisalVisitRow(Guid ActivityId, string Subject, DateOnly StartsOn, DateOnly EndsOn);

public sealed record AppraisalSheetRow(Guid Id, Guid DeputyId, string DeputyName, int Marks);

public sealed record AppraisalRectificationRow(Guid Id, string Matter, string OwnerUnitName, DateOnly Deadline, DateOnly? CompletedOn,
    string? Result, int DaysOverdue, long Version);

/// <summary>An appraisal with everything its page, the API and the prints show; results ranked by the county's rule.</summary>
public sealed record AppraisalDetails(Guid Id, Guid TownshipId, string TownshipName, int Year, string Title, string Plan,
    DateOnly StartsOn, DateOnly? EndsOn, AppraisalState State, DateOnly? PublishedOn, long Version, int MajorityPercent,
    int DeputiesInOffice, IReadOnlyList<AppraisalSubjectRow> Subjects, IReadOnlyList<SubjectResult> Results,
    IReadOnlyList<AppraisalReportRow> Reports, IReadOnlyList<AppraisalVisitRow> Visits, IReadOnlyList<AppraisalSheetRow> Sheets,
    IReadOnlyList<AppraisalRectificationRow> Rectifications)
{
    public bool CountedFromSheets => Sheets.Count > 0;
}

/// <summary>Appraisal reads; scoping comes from the context's filters.</summary>
public static class AppraisalQueries
{
    public const int MaxPageSize = 100;

    /// <summary>Newest first; the query matches the title or a subject's name.</summary>
    public static async Task<Paged<AppraisalListItem>> SearchAppraisalsAsync(this CongressDbContext db, AppraisalSearch search, CancellationToken ct = default)
    {
        var query = db.Set<Appraisal>().AsNoTracking();
        if (search.TownshipId is { } t) query = query.Where(a => a.TownshipId == t);
        if (search.Year is { } y) query = query.Where(a => a.Year == y);
        if (search.Query?.Trim() is { Length: > 0 } q)
            query = query.Where(a => a.Title.Contains(q) || a.Subjects.Any(s => s.Name.Contains(q)));
        var total = await query.CountAsync(ct);
        var size = Math.Clamp(search.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, search.Page);
        var items = await query.OrderByDescending(a => a.Year).ThenByDescending(a => a.StartsOn).ThenBy(a => a.Id)
            .Skip((page - 1) * size).Take(size)
            .Join(db.Townships, a => a.TownshipId, t => t.Id, (a, t) => new AppraisalListItem(a.Id, a.TownshipId, t.Name, a.Year, a.Title,
                a.StartsOn, a.State, a.PublishedOn, a.Subjects.Count))
            .ToListAsync(ct);
        return new Paged<AppraisalListItem>(items, total);
    }

    public static async Task<AppraisalDetails> AppraisalDetailsAsync(this CongressDbContext db, Guid id, CancellationToken ct = default)
    {
        var a = await db.FindVisibleAsync<Appraisal>(id, ct);
        var subjects = await db.Set<AppraisalSubject>().AsNoTracking().Where(s => s.AppraisalId == id).OrderBy(s => s.SortOrder).ToListAsync(ct);
        var township = await db.Townships.AsNoTracking().Where(t => t.Id == a.TownshipId).Select(t => t.Name).FirstAsync(ct);
        var rules = await new CountyRulesService(db).ForTownshipAsync(a.TownshipId, ct);
        var reports = await db.Set<AppraisalReport>().AsNoTracking().Where(r => r.AppraisalId == id).OrderBy(r => r.HeardOn)
            .Select(r => new AppraisalReportRow(r.Id, r.HeardOn, r.Summary)).ToListAsync(ct);
        var visits = await db.Set<AppraisalVisit>().AsNoTracking().Where(v => v.AppraisalId == id)
            .Join(db.Activities, v => v.ActivityId, x => x.Id, (v, x) => x).OrderBy(x => x.StartsOn)
            .Select(x => new AppraisalVisitRow(x.Id, x.Subject, x.StartsOn, x.EndsOn)).ToListAsync(ct);
        var sheets = await db.Set<AppraisalSheet>().AsNoTracking().Where(s => s.AppraisalId == id)
            .Join(db.Deputies, s => s.DeputyId, d => d.Id, (s, d) => new AppraisalSheetRow(s.Id, s.DeputyId, d.Name, s.Marks.Count))
            .ToListAsync(ct);
        var today = ChineseDate.TodayInChina(db.Clock);
        var orders = (await new RectificationService(db).ListAsync(RectificationSource.Appraisal, id, ct))
            .Select(r => new AppraisalRectificationRow(r.Id, r.Matter, r.OwnerUnitName, r.Deadline, r.CompletedOn, r.Result, r.DaysOverdue(today), r.Version))
            .ToList();
        var deputies = await db.Deputies.CountAsync(d => d.TownshipId == a.TownshipId && d.Status == DeputyStatus.InOffice, ct);
        return new AppraisalDetails(a.Id, a.TownshipId, township, a.Year, a.Title, a.Plan, a.StartsOn, a.EndsOn, a.State, a.PublishedOn,
            a.Version, rules.Whole(SatisfactionRule.MajorityPercent), deputies,
            subjects.Select(s => new AppraisalSubjectRow(s.Id, s.Kind, s.UnitId, s.Name, s.Post, s.DisplayName, s.Satisfied,
                s.BasicallySatisfied, s.Unsatisfied, s.RectificationItemId)).ToList(),
            AppraisalRanking.Rank(subjects, rules), reports, visits, [.. sheets.OrderBy(s => s.DeputyName, StringComparer.Ordinal)], orders);
    }
}
