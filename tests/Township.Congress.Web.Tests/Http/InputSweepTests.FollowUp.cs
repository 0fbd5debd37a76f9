using System.Text.Json.Nodes;
using Township.Congress.Data;

namespace Township.Congress.Web.Tests.Http;

/// <summary>The probes of the follow-up routes: one visitor's line edited or removed, and a session's livelihood progress table.</summary>
public abstract partial class InputSweepTests<TFactory>
{
    private sealed partial record Target
    {
        public Guid Visit { get; init; }
    }

    // A property, not a field: the order of static initialisers across partial files is not defined.
    private static Route[] FollowUpRoutes =>
    [
        // A wrong version: a well-formed edit would change the line.
        new("PUT api/v1/receptions/{id:guid}/visits/{visitId:guid}", t => $"/api/v1/receptions/{t.Reception}/visits/{t.Visit}", Body.Json, _ => new()
        {
            ["version"] = 987654,
            ["visit"] = new JsonObject
            {
                ["visitorName"] = "扫描", ["contactPhone"] = "13800000000", ["matter"] = "扫描事项", ["disposition"] = "AnsweredOnSpot", ["reply"] = "扫描",
            },
        }, ["visit"], ["visit.disposition"]),
        new("DELETE api/v1/receptions/{id:guid}/visits/{visitId:guid}", t => $"/api/v1/receptions/{t.Reception}/visits/{t.Visit}?version=987654"),
        new("GET api/v1/sessions/{id:guid}/livelihood-progress.pdf", t => $"/api/v1/sessions/{t.Session}/livelihood-progress.pdf"),
    ];

    private static async Task<Target> WithVisitAsync(CongressDbContext db, Target t) =>
        t with { Visit = await VisitSweepTargets.OnAsync(db, t.Township, t.Reception) };
}
