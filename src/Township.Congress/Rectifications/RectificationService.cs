using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Rectifications;

/// <summary>What the rectification dialogs edit.</summary>
public sealed record RectificationInput(string Matter, Guid? OwnerUnitId, string? OwnerUnitName, DateOnly Deadline);

/// <summary>An open rectification item past its deadline, as the overdue list shows it.</summary>
public sealed record OverdueRectification(Guid Id, Guid TownshipId, string TownshipName, RectificationSource Source, Guid SourceId,
    string Matter, string OwnerUnitName, DateOnly Deadline, int DaysOverdue);

/// <summary>Adds, edits and closes rectification items for any feature that gives rise to them.</summary>
public sealed class RectificationService(CongressDbContext db)
{
    public Task<List<RectificationItem>> ListAsync(RectificationSource source, Guid sourceId, CancellationToken ct = default) =>
        db.RectificationItems.AsNoTracking().Where(r => r.Source == source && r.SourceId == sourceId)
            .OrderBy(r => r.Deadline).ThenBy(r => r.Id).ToListAsync(ct);

    public async Task<RectificationItem> AddAsync(Guid townshipId, RectificationSource source, Guid sourceId, RectificationInput input, CancellationToken ct = default)
    {
        await db.FindTownshipAsync(townshipId, ct);
        var (matter, unitId, unitName) = await CheckAsync(townshipId, input, ct);
        var item = new RectificationItem
        {
            TownshipId = townshipId, Source = source, SourceId = sourceId, Matter = matter,
            OwnerUnitId = unitId, OwnerUnitName = unitName, Deadline = input.Deadline,
        };
        db.Add(item);
        await db.SaveChangesAsync(ct);
        return item;
    }

    public async Task<RectificationItem> UpdateAsync(Guid id, RectificationInput input, long version, CancellationToken ct = default)
    {
        var item = await db.FindVisibleAsync<RectificationItem>(id, ct);
        db.EditingVersion(item, version);
        (item.Matter, item.OwnerUnitId, item.OwnerUnitName) = await CheckAsync(item.TownshipId, input, ct);
        item.Deadline = input.Deadline;
        await db.SaveChangesAsync(ct);
        return item;
    }

    /// <summary>Records the result; an item is completed only with what was done.</summary>
    public async Task<RectificationItem> CompleteAsync(Guid id, string result, DateOnly completedOn, long version, CancellationToken ct = default)
    {
        var item = await db.FindVisibleAsync<RectificationItem>(id, ct);
        db.EditingVersion(item, version);
        if (string.IsNullOrWhiteSpace(result))
            throw new DomainValidationException([new(nameof(RectificationItem.Result), ModelText.Rectification_ResultRequired)]);
        item.Result = result.Trim();
        item.CompletedOn = completedOn;
        await db.SaveChangesAsync(ct);
        return item;
    }

    public async Task RemoveAsync(Guid id, long version, CancellationToken ct = default)
    {
        var item = await db.FindVisibleAsync<RectificationItem>(id, ct);
        db.EditingVersion(item, version);
        db.Remove(item);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Open items past their deadline in the townships the user reads (one, or the county's), most overdue first.</summary>
    public async Task<List<OverdueRectification>> OverdueAsync(Guid? townshipId, CancellationToken ct = default)
    {
        var today = ChineseDate.TodayInChina(db.Clock);
        var rows = await db.RectificationItems.AsNoTracking()
            .Where(r => r.CompletedOn == null && r.Deadline < today && (townshipId == null || r.TownshipId == townshipId))
            .Join(db.Townships, r => r.TownshipId, t => t.Id, (r, t) => new { r, t.Name })
            .ToListAsync(ct);
        return rows.Select(x => new OverdueRectification(x.r.Id, x.r.TownshipId, x.Name, x.r.Source, x.r.SourceId, x.r.Matter,
                x.r.OwnerUnitName, x.r.Deadline, x.r.DaysOverdue(today)))
            .OrderByDescending(x => x.DaysOverdue).ThenBy(x => x.TownshipName, StringComparer.Ordinal).ToList();
    }

    private async Task<(string Matter, Guid? UnitId, string UnitName)> CheckAsync(Guid townshipId, RectificationInput input, CancellationToken ct)
    {
        var errors = new List<ValidationError>();
        var matter = input.Matter?.Trim() ?? "";
        if (matter.Length == 0) errors.Add(new(nameof(input.Matter), ModelText.Rectification_MatterRequired));
        var unitName = input.OwnerUnitName?.Trim() ?? "";
        if (input.OwnerUnitId is { } unitId)
        {
            // A county department, or this township's own office; another township's own unit is as unknown.
            var unit = await db.HandlingUnits.AsNoTracking()
                .FirstOrDefaultAsync(u => u.Id == unitId && (u.TownshipId == null || u.TownshipId == townshipId), ct);
            if (unit is null) errors.Add(new(nameof(input.OwnerUnitId), ModelText.Rectification_UnitUnknown));
            else unitName = unit.Name;
        }
        if (unitName.Length == 0 && errors.All(e => e.Field != nameof(input.OwnerUnitId)))
            errors.Add(new(nameof(input.OwnerUnitName), ModelText.Rectification_UnitRequired));
        DomainValidationException.ThrowIfAny(errors);
        return (matter, input.OwnerUnitId, unitName);
    }
}
