using Microsoft.AspNetCore.Http.HttpResults;
using Township.Congress.Data;
using Township.Congress.Interop;

namespace Township.Congress.Web.Api;

/// <summary>A township's term as Popolo JSON for other civic tools (docs/popolo.md).</summary>
public static class PopoloEndpoints
{
    public static void MapPopoloApi(this IEndpointRouteBuilder api)
    {
        api.MapGroup("").WithTags("interop").ProducesApiProblems()
            .MapGet("/townships/{id:guid}/popolo.json", GetPopolo).WithName("GetTownshipPopolo")
            .WithSummary("A township's term (the current one without termId) as Popolo: areas, organizations, persons, posts, memberships, events, motions, vote events")
            .ProducesNotFound();
    }

    public static async Task<Ok<PopoloDocument>> GetPopolo(Guid id, Guid? termId, CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.TermAsync(id, termId, ct));
}
