using System.Text.Json.Nodes;

namespace Township.Congress.Web.Tests.Http;

/// <summary>The activity routes' well-formed bodies, which the sweep breaks one field at a time.</summary>
public abstract partial class InputSweepTests<TFactory>
{
    // A property, not a field: Routes (in another file of the class) reads it while the static fields are set up.
    private static Route[] ActivityFileRoutes =>
    [
        new("POST api/v1/activities/{id:guid}/files", t => $"/api/v1/activities/{ActivitySweepTargets.Of(t.Township)}/files", Body.Upload),
        new("GET api/v1/activity-files/{id:guid}", t => $"/api/v1/activity-files/{ActivitySweepTargets.FileOf(t.Township)}"),
        // Nobody's file: a well-formed request would delete the photo.
        new("DELETE api/v1/activity-files/{id:guid}", _ => $"/api/v1/activity-files/{Guid.NewGuid()}"),
    ];

    private static JsonObject ActivityBody(Target t, long version) => new()
    {
        ["version"] = version,
        ["townshipId"] = t.Township.ToString(),
        ["activity"] = new JsonObject
        {
            ["kind"] = "Inspection", ["organiser"] = "Presidium", ["subject"] = "扫描视察", ["startsOn"] = "2026-05-12", ["endsOn"] = "2026-05-12",
            ["status"] = "Held", ["places"] = "扫描村", ["findings"] = "扫描发现的问题",
        },
    };
}
