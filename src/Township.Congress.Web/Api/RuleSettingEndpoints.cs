using Microsoft.AspNetCore.Http.HttpResults;
using Township.Congress.Data;
using Township.Congress.Rules;
using Township.Congress.Web.Infrastructure;

namespace Township.Congress.Web.Api;

/// <summary>One county rule: what it means, its range, and the value in force.</summary>
public sealed record RuleSettingDto(string Key, RuleArea Area, string AreaLabel, RuleUnit Unit, string Label,
    decimal Value, decimal Default, decimal Min, decimal Max, bool IsChanged, long Version);

/// <summary>PUT body: the new value and the version the editor saw (0 when it showed the default).</summary>
public sealed record RuleSettingWrite(decimal Value, long Version);

public static class RuleSettingEndpoints
{
    public static void MapRuleSettingApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/counties/{countyId:guid}/rules").WithTags("rules").ProducesApiProblems();
        group.MapGet("/", ListRuleSettings).WithName("ListRuleSettings")
            .WithSummary("The county's rule thresholds (its own values over the defaults)").ProducesNotFound();
        group.MapPut("/{key}", SetRuleSetting).WithName("SetRuleSetting")
            .WithSummary("Set one threshold; the default value removes the county's own").ProducesWriteProblems()
            .RequireAuthorization(ScopePolicies.Administrator);
    }

    public static async Task<Ok<List<RuleSettingDto>>> ListRuleSettings(Guid countyId, CongressDbContext db, CancellationToken ct)
    {
        var rows = await new CountyRulesService(db).ListAsync(countyId, ct);
        return TypedResults.Ok(rows.Select(ToDto).ToList());
    }

    public static RuleSettingDto ToDto(RuleSettingView r) => new(r.Setting.Key, r.Setting.Area, RuleLabels.Area.Of(r.Setting.Area),
        r.Setting.Unit, r.Setting.Label(), r.Value, r.Setting.Default, r.Setting.Min, r.Setting.Max, r.IsChanged, r.Version);

    public static async Task<NoContent> SetRuleSetting(Guid countyId, string key, RuleSettingWrite body, CongressDbContext db, CancellationToken ct)
    {
        await new CountyRulesService(db).SetAsync(countyId, key, body.Value, body.Version, ct);
        return TypedResults.NoContent();
    }
}
