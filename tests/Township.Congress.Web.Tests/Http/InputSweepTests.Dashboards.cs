namespace Township.Congress.Web.Tests.Http;

/// <summary>The sweep's probes of the two dashboards: bad years, unknown and malformed ids.</summary>
public abstract partial class InputSweepTests<TFactory>
{
    // A property, not a field: Routes (in another file of the class) reads it while the static fields are set up.
    private static Route[] DashboardRoutes =>
    [
        new("GET api/v1/townships/{id:guid}/dashboard", t => $"/api/v1/townships/{t.Township}/dashboard"),
        new("GET api/v1/counties/{id:guid}/dashboard", t => $"/api/v1/counties/{t.County}/dashboard"),
    ];
}
