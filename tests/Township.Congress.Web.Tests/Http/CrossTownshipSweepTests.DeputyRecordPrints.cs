namespace Township.Congress.Web.Tests.Http;

/// <summary>The deputy-record PDF probes: another township's deputy and township are unknown, in either kind of print.</summary>
public partial class CrossTownshipSweepTests
{
    // A property, not a field: the order of static initialisers across partial files is not defined.
    private static Probe[] DeputyRecordPrintProbes =>
    [
        new("GET", "api/v1/deputies/{deputyId:guid}/record.pdf", t => $"/api/v1/deputies/{t.Deputy}/record.pdf?year=2025"),
        new("GET", "api/v1/townships/{townshipId:guid}/deputy-records.pdf", t => $"/api/v1/townships/{t.Township}/deputy-records.pdf?year=2025&kind=Record"),
    ];
}
