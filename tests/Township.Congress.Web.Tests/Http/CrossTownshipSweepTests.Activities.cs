namespace Township.Congress.Web.Tests.Http;

/// <summary>The cross-township probes of an activity's photos and files.</summary>
public partial class CrossTownshipSweepTests
{
    // A property, not a field: Probes (in another file of the class) reads it while the static fields are set up.
    private static Probe[] ActivityFileProbes =>
    [
        new("POST", "api/v1/activities/{id:guid}/files", t => $"/api/v1/activities/{ActivitySweepTargets.Of(t.Township)}/files", DocumentBody),
        new("GET", "api/v1/activity-files/{id:guid}", t => $"/api/v1/activity-files/{ActivitySweepTargets.FileOf(t.Township)}"),
        new("DELETE", "api/v1/activity-files/{id:guid}", t => $"/api/v1/activity-files/{ActivitySweepTargets.FileOf(t.Township)}"),
    ];
}
