using Township.Congress.Data;
using Township.Congress.Web.Features.Suggestions;

namespace Township.Congress.Web.Api;

public static class SuggestionPrintEndpoints
{
    public static void MapSuggestionPrintEndpoints(this IEndpointRouteBuilder api)
    {
        // 交办函 + 答复表 for units without a login; ?unitId= prints a co-unit's letter.
        api.MapGet("/suggestions/{id:guid}/assignment-letter.pdf",
                async (Guid id, Guid? unitId, SuggestionPrints prints, CongressDbContext db, CancellationToken ct) =>
                    Results.File(await prints.AssignmentPacketAsync(db, id, unitId, ct), "application/pdf", "交办函.pdf"))
            .WithTags("suggestions");
    }
}
