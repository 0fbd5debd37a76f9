using System.Text.Json.Nodes;

namespace Township.Congress.Web.Tests.Http;

/// <summary>The sweep's probes of the scorecard, its scheme, the hand scores and the county rollups.</summary>
public abstract partial class InputSweepTests<TFactory>
{
    // A property, not a field: the order of static initialisers across partial files is not defined.
    private static Route[] ScorecardRoutes =>
    [
        new("GET api/v1/counties/{countyId:guid}/scorecard", t => $"/api/v1/counties/{t.County}/scorecard"),
        new("GET api/v1/counties/{countyId:guid}/scorecard-scheme", t => $"/api/v1/counties/{t.County}/scorecard-scheme"),
        new("PUT api/v1/counties/{countyId:guid}/scorecard-scheme", t => $"/api/v1/counties/{t.County}/scorecard-scheme", Body.Json,
            _ => new() { ["values"] = new JsonArray(new JsonObject { ["key"] = "scorecard.sessions-points", ["value"] = 15, ["version"] = 0 }) },
            ["values"]),
        new("GET api/v1/counties/{countyId:guid}/rollup.pdf", t => $"/api/v1/counties/{t.County}/rollup.pdf"),
        new("GET api/v1/counties/{countyId:guid}/rollup.xlsx", t => $"/api/v1/counties/{t.County}/rollup.xlsx"),
        // town01 may not score its own township: a well-formed request is refused too.
        new("PUT api/v1/townships/{townshipId:guid}/scorecard-hand-scores", t => $"/api/v1/townships/{t.Township}/scorecard-hand-scores", Body.Json,
            _ => new() { ["year"] = 2025, ["criterion"] = "Bonus", ["points"] = 1, ["note"] = "扫描", ["version"] = 0 }, ["criterion", "year"], ["criterion"]),
        // Nobody's hand score: a well-formed upload would attach evidence.
        new("POST api/v1/scorecard-hand-scores/{id:guid}/evidence", _ => $"/api/v1/scorecard-hand-scores/{Guid.NewGuid()}/evidence", Body.Upload),
        new("GET api/v1/scorecard-hand-scores/{id:guid}/evidence", _ => $"/api/v1/scorecard-hand-scores/{Guid.NewGuid()}/evidence"),
    ];
}
