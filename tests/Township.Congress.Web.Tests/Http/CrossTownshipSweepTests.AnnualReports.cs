using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Township.Congress.AnnualReports;
using Township.Congress.Data;

namespace Township.Congress.Web.Tests.Http;

/// <summary>The annual report's probes, aimed at the target township's final version of 2025 (so a new version could be started).</summary>
public partial class CrossTownshipSweepTests
{
    private static readonly ConcurrentDictionary<Guid, (Guid Report, Guid Paragraph, long Version)> AnnualReportOf = new();

    // A property, not a field: Probes (in another file of the class) reads it while the static fields are set up.
    private static Probe[] AnnualReportProbes =>
    [
        new("GET", "api/v1/townships/{id:guid}/annual-reports/", t => $"/api/v1/townships/{t.Township}/annual-reports?year=2025"),
        new("POST", "api/v1/townships/{id:guid}/annual-reports/", t => $"/api/v1/townships/{t.Township}/annual-reports",
            () => JsonContent.Create(new { year = 2024 })),
        new("GET", "api/v1/annual-reports/{id:guid}", t => $"/api/v1/annual-reports/{AnnualReportOf[t.Township].Report}"),
        new("PUT", "api/v1/annual-reports/{id:guid}", t => $"/api/v1/annual-reports/{AnnualReportOf[t.Township].Report}", BodyFor: t => JsonContent.Create(new
        {
            version = AnnualReportOf[t.Township].Version, paragraphs = new[] { new { id = AnnualReportOf[t.Township].Paragraph, text = "越权修改" } },
        })),
        new("POST", "api/v1/annual-reports/{id:guid}/finalise", t => $"/api/v1/annual-reports/{AnnualReportOf[t.Township].Report}/finalise",
            BodyFor: t => JsonContent.Create(new { version = AnnualReportOf[t.Township].Version })),
        new("POST", "api/v1/annual-reports/{id:guid}/new-version", t => $"/api/v1/annual-reports/{AnnualReportOf[t.Township].Report}/new-version"),
        new("GET", "api/v1/annual-reports/{id:guid}/report.pdf", t => $"/api/v1/annual-reports/{AnnualReportOf[t.Township].Report}/report.pdf"),
        new("GET", "api/v1/annual-reports/{id:guid}/report.docx", t => $"/api/v1/annual-reports/{AnnualReportOf[t.Township].Report}/report.docx"),
    ];

    /// <summary>The township's finalised 2025 report, made once.</summary>
    private static async Task EnsureAnnualReportAsync(CongressDbContext db, Guid township)
    {
        var service = new AnnualReportService(db);
        var report = await db.AnnualReports.Where(r => r.TownshipId == township && r.Year == 2025).OrderBy(r => r.Number).FirstOrDefaultAsync();
        if (report is null)
        {
            report = await service.GenerateAsync(township, 2025);
            report = await service.FinaliseAsync(report.Id, report.Version);
        }
        var paragraph = await db.Set<AnnualReportParagraph>().Where(p => p.AnnualReportId == report.Id).OrderBy(p => p.Order).Select(p => p.Id).FirstAsync();
        AnnualReportOf[township] = (report.Id, paragraph, report.Version);
    }

    private static async Task<string> AnnualReportSnapshotAsync(CongressDbContext db, Guid township) => string.Join(",",
        await db.AnnualReports.Where(r => r.TownshipId == township).OrderBy(r => r.Id).Select(r => $"{r.Id}:{r.Version}:{r.State}").ToListAsync());
}
