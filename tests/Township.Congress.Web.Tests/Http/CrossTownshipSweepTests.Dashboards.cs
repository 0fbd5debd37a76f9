namespace Township.Congress.Web.Tests.Http;

/// <summary>
/// The cross-township probes of the dashboards: another township's dashboard is not found, and so is the county's for anyone
/// but the county's own viewers (a secretary or a handling unit reads no county as a whole).
/// </summary>
public partial class CrossTownshipSweepTests
{
    private sealed partial record Target
    {
        public Guid County { get; init; }
    }

    // A property, not a field: Probes (in another file of the class) reads it while the static fields are set up.
    private static Probe[] DashboardProbes =>
    [
        new("GET", "api/v1/townships/{id:guid}/dashboard", t => $"/api/v1/townships/{t.Township}/dashboard?year=2025"),
        new("GET", "api/v1/counties/{id:guid}/dashboard", t => $"/api/v1/counties/{t.County}/dashboard?year=2025"),
    ];
}
