using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Township.Congress.AnnualReports;
using Township.Congress.Data;

namespace Township.Congress.Web.Tests.Http;

/// <summary>
/// The annual report's probes, aimed at township 1's draft of 2026. Well-formed bodies carry a stale version, so the only answer
/// a valid body can get is a conflict; the year is already drafted, so a valid create is refused too: nothing is ever written.
/// </summary>
public abstract partial class InputSweepTests<TFactory>
{
    private sealed record AnnualReportTarget(Guid Id, Guid Paragraph);

    private static readonly ConcurrentDictionary<Guid, AnnualReportTarget> AnnualReportTargets = new();

    // A property, not a field: Routes (in another file of the class) reads it while the static fields are set up.
    private static Route[] AnnualReportRoutes =>
    [
        new("GET api/v1/townships/{id:guid}/annual-reports/", t => $"/api/v1/townships/{t.Township}/annual-reports"),
        new("POST api/v1/townships/{id:guid}/annual-reports/", t => $"/api/v1/townships/{t.Township}/annual-reports", Body.Json,
            _ => new() { ["year"] = 2026 }, ["year"], Numbers: ["year"]),
        new("GET api/v1/annual-reports/{id:guid}", t => $"/api/v1/annual-reports/{AnnualReportTargets[t.Township].Id}"),
        new("PUT api/v1/annual-reports/{id:guid}", t => $"/api/v1/annual-reports/{AnnualReportTargets[t.Township].Id}", Body.Json,
            t => new()
            {
                ["version"] = 987654, ["occasion"] = "扫描会议", ["reporter"] = "扫描报告人",
                ["paragraphs"] = new JsonArray(new JsonObject
                {
                    ["id"] = AnnualReportTargets[t.Township].Paragraph.ToString(), ["text"] = "全年召开会议{sessions.held}次。",
                }),
            }, ["version", "paragraphs[0].id", "paragraphs[0].text"]),
        new("POST api/v1/annual-reports/{id:guid}/finalise", t => $"/api/v1/annual-reports/{AnnualReportTargets[t.Township].Id}/finalise", Body.Json,
            _ => new() { ["version"] = 987654 }, ["version"], Numbers: ["version"]),
        // The target is a draft: a new version can only be started from a final one.
        new("POST api/v1/annual-reports/{id:guid}/new-version", t => $"/api/v1/annual-reports/{AnnualReportTargets[t.Township].Id}/new-version"),
        new("GET api/v1/annual-reports/{id:guid}/report.pdf", t => $"/api/v1/annual-reports/{AnnualReportTargets[t.Township].Id}/report.pdf"),
        new("GET api/v1/annual-reports/{id:guid}/report.docx", t => $"/api/v1/annual-reports/{AnnualReportTargets[t.Township].Id}/report.docx"),
    ];

    /// <summary>Township 1's draft of 2026, generated once per database.</summary>
    private static async Task EnsureAnnualReportTargetAsync(CongressDbContext db, Guid township)
    {
        var report = await db.AnnualReports.Where(r => r.TownshipId == township && r.Year == 2026 && r.State == AnnualReportState.Draft)
            .FirstOrDefaultAsync() ?? await new AnnualReportService(db).GenerateAsync(township, 2026);
        var paragraph = await db.Set<AnnualReportParagraph>().Where(p => p.AnnualReportId == report.Id && !p.IsHeading).OrderBy(p => p.Order)
            .Select(p => p.Id).FirstAsync();
        AnnualReportTargets[township] = new AnnualReportTarget(report.Id, paragraph);
    }

    private static async Task<string> AnnualReportSnapshotAsync(CongressDbContext db) => string.Join(",", await db.AnnualReports.CountAsync(),
        await db.AnnualReports.SumAsync(r => r.Version), await db.Set<AnnualReportRevision>().CountAsync());
}
