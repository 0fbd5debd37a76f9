using System.Net.Http.Json;
using Township.Congress.Data;

namespace Township.Congress.Web.Tests.Http;

/// <summary>The follow-up probes: another township's visitor lines and livelihood progress table are unknown.</summary>
public partial class CrossTownshipSweepTests
{
    private sealed partial record Target
    {
        public Guid Visit { get; init; }
    }

    // A property, not a field: the order of static initialisers across partial files is not defined.
    private static Probe[] FollowUpProbes =>
    [
        new("PUT", "api/v1/receptions/{id:guid}/visits/{visitId:guid}", t => $"/api/v1/receptions/{t.Reception}/visits/{t.Visit}",
            BodyFor: _ => JsonContent.Create(new { version = 0, visit = new { matter = "越权修改", disposition = "AnsweredOnSpot" } })),
        new("DELETE", "api/v1/receptions/{id:guid}/visits/{visitId:guid}", t => $"/api/v1/receptions/{t.Reception}/visits/{t.Visit}?version=0"),
        new("GET", "api/v1/sessions/{id:guid}/livelihood-progress.pdf", t => $"/api/v1/sessions/{t.Session}/livelihood-progress.pdf"),
    ];

    private static async Task<Target> WithVisitAsync(CongressDbContext db, Target t) =>
        t with { Visit = await VisitSweepTargets.OnAsync(db, t.Township, t.Reception) };
}
