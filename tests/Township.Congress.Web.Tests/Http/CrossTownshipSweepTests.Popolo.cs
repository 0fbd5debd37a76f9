namespace Township.Congress.Web.Tests.Http;

/// <summary>The cross-township probe of the Popolo export: another township's term is not found.</summary>
public partial class CrossTownshipSweepTests
{
    // A property, not a field: Probes (in another file of the class) reads it while the static fields are set up.
    private static Probe[] PopoloProbes =>
    [
        new("GET", "api/v1/townships/{id:guid}/popolo.json", t => $"/api/v1/townships/{t.Township}/popolo.json"),
    ];
}
