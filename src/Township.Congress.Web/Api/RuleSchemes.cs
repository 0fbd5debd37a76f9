using Township.Congress.Data;
using Township.Congress.Rules;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Api;

/// <summary>
/// A scheme edited as one table (履职积分, 乡镇人大工作考评): the settings of one area, set all at once or not at all, each with the
/// version the editor saw, so a value changed meanwhile is a 409.
/// </summary>
public static class RuleSchemes
{
    public static async Task<IReadOnlyList<RuleSettingDto>> ListAsync(Guid countyId, RuleArea area, CongressDbContext db, CancellationToken ct)
    {
        var rows = await new CountyRulesService(db).ListAsync(countyId, ct);
        return rows.Where(r => r.Setting.Area == area).Select(RuleSettingEndpoints.ToDto).ToList();
    }

    public static async Task SetAsync(Guid countyId, RuleArea area, IReadOnlyList<RuleSettingChange>? values, CongressDbContext db, CancellationToken ct)
    {
        var name = RuleLabels.Area.Of(area);
        if (values is not { Count: > 0 } || values.Any(v => v?.Key is null))
            throw new Model.DomainValidationException([new("Values", string.Format(UiText.Scheme_ValuesRequired, name))]);
        var foreign = values.FirstOrDefault(v => RuleCatalog.Find(v.Key) is { } s && s.Area != area);
        if (foreign is not null)
            throw new Model.DomainValidationException([new(foreign.Key, string.Format(UiText.Scheme_NotInScheme, foreign.Key, name))]);
        await new CountyRulesService(db).SetManyAsync(countyId, values, ct);
    }
}
