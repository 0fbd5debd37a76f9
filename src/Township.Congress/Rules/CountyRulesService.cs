using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Rules;

/// <summary>One setting as the settings page and the API show it.</summary>
public sealed record RuleSettingView(RuleSetting Setting, decimal Value, bool IsChanged, long Version);

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
    public async Task SetAsync(Guid countyId, string key, decimal value, long version, CancellationToken ct = default)
    {
        await FindCountyAsync(countyId, ct);
        var setting = RuleCatalog.Find(key)
            ?? throw new DomainValidationException([new("Key", string.Format(ModelText.Rule_UnknownKey, key))]);
        if (!setting.Accepts(value))
            throw new DomainValidationException([new("Value", string.Format(ModelText.Rule_OutOfRange, setting.Label(), setting.Min, setting.Max))]);

        var row = await db.CountySettings.FirstOrDefaultAsync(s => s.CountyId == countyId && s.Key == key, ct);
        if (row is null)
        {
            if (version != 0) throw new ConcurrencyConflictException(EntityNames.Chinese(nameof(CountySetting)));
            if (value == setting.Default) return;
            // Stored values start at version 1, so 0 can stand for "the editor saw the default".
            db.CountySettings.Add(new CountySetting { CountyId = countyId, Key = key, Value = value, Version = 1 });
        }
        else
        {
            db.EditingVersion(row, version);
            if (value == setting.Default) db.CountySettings.Remove(row);
            else row.Value = value;
        }
        await db.SaveChangesAsync(ct);
    }

    private Task<Places.County> FindCountyAsync(Guid countyId, CancellationToken ct) => db.FindVisibleAsync<Places.County>(countyId, ct);
}
