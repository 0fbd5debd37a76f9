namespace Township.Congress.Web.Tests.Http;

/// <summary>The probes of the deputy records' PDFs: one deputy's 履职档案 and the township's batch or 亮分表.</summary>
public abstract partial class InputSweepTests<TFactory>
{
    // A property, not a field: the order of static initialisers across partial files is not defined.
    // The township print as the 亮分表: each well-formed request renders, and the table is the quicker of the two.
    private static Route[] DeputyRecordPrintRoutes =>
    [
        new("GET api/v1/deputies/{deputyId:guid}/record.pdf", t => $"/api/v1/deputies/{t.Deputy}/record.pdf"),
        new("GET api/v1/townships/{townshipId:guid}/deputy-records.pdf", t => $"/api/v1/townships/{t.Township}/deputy-records.pdf?kind=Points"),
    ];
}
