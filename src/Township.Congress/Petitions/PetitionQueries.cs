using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.Model;

namespace Township.Congress.Petitions;

/// <summary>A row of the petition list; the phone is left out (the detail shows it through the disclosure rule).</summary>
public sealed record PetitionListItem(Guid Id, Guid TownshipId, string VisitorName, DateOnly ReceivedOn, string Matter, string ReceivedBy,
    string? UnitName, PetitionState State, DateOnly DecideBy, DateOnly FinalDue, DateOnly? FinishedOn, int ExtensionDays, int DaysOverdue);

public sealed record PetitionSearch(Guid? TownshipId, int? Year, string? Query, bool OverdueOnly = false, int Page = 1, int PageSize = 20);

public static class PetitionQueries
{
    /// <summary>
    /// Petitions of a township and year; with <see cref="PetitionSearch.OverdueOnly"/> the open ones past
    /// their deadline today, the most overdue first.
    /// </summary>
    public static async Task<Paged<PetitionListItem>> SearchPetitionsAsync(this CongressDbContext db, PetitionSearch search, CancellationToken ct = default)
    {
        var today = ChineseDate.TodayInChina(db.Clock);
        var query = db.Set<Petition>().AsNoTracking().AsQueryable();
        if (search.TownshipId is { } t) query = query.Where(p => p.TownshipId == t);
        if (search.Year is { } y) query = query.Where(p => p.ReceivedOn >= new DateOnly(y, 1, 1) && p.ReceivedOn <= new DateOnly(y, 12, 31));
        if (!string.IsNullOrWhiteSpace(search.Query))
        {
            var q = search.Query.Trim();
            query = query.Where(p => p.VisitorName.Contains(q) || p.Matter.Contains(q) || p.ReceivedBy.Contains(q));
        }
        if (search.OverdueOnly)
            query = query.Where(p => (p.State == PetitionState.Received && p.DecideBy < today) || (p.State == PetitionState.Accepted && p.FinishBy < today));
        var rows = await query.Select(p => new
        {
            Petition = new Petition
            {
                Id = p.Id, TownshipId = p.TownshipId, VisitorName = p.VisitorName, ReceivedOn = p.ReceivedOn, Matter = p.Matter,
                ReceivedBy = p.ReceivedBy, State = p.State, DecideBy = p.DecideBy, FinishBy = p.FinishBy, FinishedOn = p.FinishedOn,
                ExtensionDays = p.ExtensionDays, UnitId = p.UnitId,
            },
            UnitName = db.HandlingUnits.Where(u => u.Id == p.UnitId).Select(u => u.Name).FirstOrDefault(),
        }).ToListAsync(ct);
        // Overdue days and the extension are worked out here: few rows per township, and the same rule as the detail.
        var items = rows.Select(r => new PetitionListItem(r.Petition.Id, r.Petition.TownshipId, r.Petition.VisitorName, r.Petition.ReceivedOn,
                r.Petition.Matter, r.Petition.ReceivedBy, r.UnitName, r.Petition.State, r.Petition.DecideBy, r.Petition.FinalDue, r.Petition.FinishedOn,
                r.Petition.ExtensionDays, PetitionRules.DaysOverdue(r.Petition, today)))
            .Where(i => !search.OverdueOnly || i.DaysOverdue > 0)
            .ToList();
        var ordered = search.OverdueOnly
            ? items.OrderByDescending(i => i.DaysOverdue).ThenBy(i => i.ReceivedOn)
            : items.OrderByDescending(i => i.ReceivedOn).ThenBy(i => i.VisitorName, StringComparer.Ordinal);
        return new Paged<PetitionListItem>([.. ordered.ThenBy(i => i.Id).Skip((search.Page - 1) * search.PageSize).Take(search.PageSize)], items.Count);
    }
}
