using Microsoft.AspNetCore.Http.HttpResults;
using Township.Congress.Data;
using Township.Congress.Figures;
using Township.Congress.Formatting;

namespace Township.Congress.Web.Api;

/// <summary>The two home pages as data: a township's dashboard and the county's (docs/figures.md defines every number).</summary>
public static class DashboardEndpoints
{
    public static void MapDashboardApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("").WithTags("dashboards").ProducesApiProblems();
        group.MapGet("/townships/{id:guid}/dashboard", GetTownshipDashboard).WithName("GetTownshipDashboard")
            .WithSummary("What needs doing in a township now, and its figures for a year against the year before").ProducesNotFound();
        group.MapGet("/counties/{id:guid}/dashboard", GetCountyDashboard).WithName("GetCountyDashboard")
            .WithSummary("Every township of the county side by side for a year, with totals, overdue items and ranked units").ProducesNotFound();
    }

    public static async Task<Ok<TownshipDashboard>> GetTownshipDashboard(Guid id, int? year, CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.TownshipDashboardAsync(id, year ?? ChineseDate.TodayInChina(db.Clock).Year, ct));

    public static async Task<Ok<CountyDashboard>> GetCountyDashboard(Guid id, int? year, CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.CountyDashboardAsync(id, year ?? ChineseDate.TodayInChina(db.Clock).Year, ct));
}
