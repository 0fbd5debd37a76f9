namespace Township.Congress.Web.Tests.Http;

/// <summary>The sweep's probe of the Popolo export: bad term ids, unknown and malformed township ids.</summary>
public abstract partial class InputSweepTests<TFactory>
{
    // A property, not a field: Routes (in another file of the class) reads it while the static fields are set up.
    private static Route[] PopoloRoutes =>
    [
        new("GET api/v1/townships/{id:guid}/popolo.json", t => $"/api/v1/townships/{t.Township}/popolo.json"),
    ];
}
