using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;

namespace Township.Congress.Web.Api;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

public sealed record TownshipDto(Guid Id, Guid CountyId, string Name, string Kind, int Number, int Population,
    double AreaKm2, IReadOnlyList<string> Villages, long Version);

public static class TownshipEndpoints
{
    public static void MapTownshipApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/townships").WithTags("townships").ProducesApiProblems();
        group.MapGet("/", ListTownships).WithName("ListTownships").WithSummary("Townships the user may read");
        group.MapGet("/{id:guid}", GetTownship).WithName("GetTownship").WithSummary("One township with its villages")
            .ProducesNotFound();
    }

    public static async Task<Ok<List<TownshipDto>>> ListTownships(CongressDbContext db, CancellationToken ct)
    {
        var list = await db.Townships.AsNoTracking().Include(t => t.Villages).OrderBy(t => t.Number).ToListAsync(ct);
        return TypedResults.Ok(list.Select(ToDto).ToList());
    }

    public static async Task<Ok<TownshipDto>> GetTownship(Guid id, CongressDbContext db, CancellationToken ct)
    {
        var township = await db.FindTownshipAsync(id, ct);
        await db.Entry(township).Collection(t => t.Villages).LoadAsync(ct);
        return TypedResults.Ok(ToDto(township));
    }

    private static TownshipDto ToDto(Township t) => new(t.Id, t.CountyId, t.Name, t.Kind.ToString(), t.Number,
        t.Population, t.AreaKm2, t.Villages.OrderBy(v => v.SortOrder).Select(v => v.Name).ToList(), t.Version);
}
