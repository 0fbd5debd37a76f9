namespace Township.Congress.Web.Api;

/// <summary>
/// The problem answers the OpenAPI document declares. Most are thrown as exceptions and written by
/// Infrastructure/ProblemMapping, so no handler's return type shows them: they are declared here.
/// </summary>
internal static class ApiProblems
{
    public const string Pdf = "application/pdf";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /// <summary>Stored files keep the type they were uploaded with; the document can only say "bytes".</summary>
    public const string AnyFile = "application/octet-stream";

    /// <summary>A download: without a body type the document would drop the content type; Stream is "binary".</summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder route, string contentType) =>
        route.Produces(StatusCodes.Status200OK, typeof(Stream), contentType);

    /// <summary>Every signed-in API route: a bad query value or body (400), not signed in (401).</summary>
    public static RouteGroupBuilder ProducesApiProblems(this RouteGroupBuilder group) =>
        group.ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);

    /// <summary>A record that is missing or in another township (the same answer for both).</summary>
    public static RouteHandlerBuilder ProducesNotFound(this RouteHandlerBuilder route) =>
        route.ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>A write: read-only for this user (403), record not visible (404), stale version or step not allowed now (409).</summary>
    public static RouteHandlerBuilder ProducesWriteProblems(this RouteHandlerBuilder route) =>
        route.ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>A printed PDF: the record may be missing (404), the fonts may be (503).</summary>
    public static RouteHandlerBuilder ProducesPdf(this RouteHandlerBuilder route) =>
        route.ProducesFile(Pdf).ProducesNotFound()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    public static RouteHandlerBuilder ProducesXlsx(this RouteHandlerBuilder route) =>
        route.ProducesFile(Xlsx).ProducesNotFound();
}
