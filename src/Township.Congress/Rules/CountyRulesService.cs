using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Rules;

/// <summary>One setting as the settings page and the API show it.</summary>
public sealed record RuleSettingView(RuleSetting Setting, decimal Value, bool IsChanged, long Version);

/// <summary>One value to set, with the version the editor saw (0 when it showed the default).</summary>
public sealed record RuleSettingChange(string Key, decimal Value, long Version);

/// <summary>Reads the thresholds in force for a county or township; the administrator changes them.</summary>
public sealed class CountyRulesService(CongressDbContext db)
{
    public async Task<CountyRules> ForCountyAsync(Guid countyId, CancellationToken ct = default)
    {
        var values = await db.CountySettings.AsNoTracking().Where(s => s.CountyId == countyId)
            .ToDictionaryAsync(s => s.Key, s => s.Value, ct);
        return new CountyRules(values);
    }

    public async Task<CountyRules> ForTownshipAsync(Guid townshipId, CancellationToken ct = default)
    {
        var township = await db.FindTownshipAsync(townshipId, ct);
        return await ForCountyAsync(township.CountyId, ct);
    }

    public async Task<IReadOnlyList<RuleSettingView>> ListAsync(Guid countyId, CancellationToken ct = default)
    {
        await FindCountyAsync(countyId, ct);
        var stored = await db.CountySettings.AsNoTracking().Where(s => s.CountyId == countyId).ToDictionaryAsync(s => s.Key, ct);
        return RuleCatalog.All.Select(s => stored.TryGetValue(s.Key, out var row)
            ? new RuleSettingView(s, row.Value, true, row.Version)
            : new RuleSettingView(s, s.Default, false, 0)).ToList();
    }

    /// <summary>
    /// Sets one value (the default removes the county's own). <paramref name="version"/> is the version
    /// the editor saw (0 for a default), so two administrators do not overwrite each other.
    /// </summary>
    public Task SetAsync(Guid countyId, string key, decimal value, long version, CancellationToken ct = default) =>
        SetManyAsync(countyId, [new RuleSettingChange(key, value, version)], ct);

    /// <summary>
    /// Sets several values in one save (a scheme edited as one table): every key and range is checked first,
    /// so either all change or none; a stale version of any is a conflict.
    /// </summary>
    public async Task SetManyAsync(Guid countyId, IReadOnlyList<RuleSettingChange> changes, CancellationToken ct = default)
    {
        await FindCountyAsync(countyId, ct);
        var errors = new List<ValidationError>();
        var settings = new List<(RuleSetting Setting, RuleSettingChange Change)>();
        foreach (var change in changes)
        {
            var setting = RuleCatalog.Find(change.Key);
            if (setting is null) errors.Add(new("Key", string.Format(ModelText.Rule_UnknownKey, change.Key)));
            else if (!setting.Accepts(change.Value))
                errors.Add(new(changes.Count == 1 ? "Value" : change.Key, string.Format(ModelText.Rule_OutOfRange, setting.Label(), setting.Min, setting.Max)));
            else settings.Add((setting, change));
        }
        DomainValidationException.ThrowIfAny(errors);

        var keys = settings.Select(s => s.Setting.Key).ToList();
        var rows = await db.CountySettings.Where(s => s.CountyId == countyId && keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, ct);
        foreach (var (setting, change) in settings)
        {
            if (!rows.TryGetValue(setting.Key, out var row))
            {
                if (change.Version != 0) throw new ConcurrencyConflictException(EntityNames.Chinese(nameof(CountySetting)));
                if (change.Value == setting.Default) continue;
                // Stored values start at version 1, so 0 can stand for "the editor saw the default".
                db.CountySettings.Add(new CountySetting { CountyId = countyId, Key = setting.Key, Value = change.Value, Version = 1 });
            }
            else
            {
                db.EditingVersion(row, change.Version);
                if (change.Value == setting.Default) db.CountySettings.Remove(row);
                else row.Value = change.Value;
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private Task<Places.County> FindCountyAsync(Guid countyId, CancellationToken ct) => db.FindVisibleAsync<Places.County>(countyId, ct);
}
