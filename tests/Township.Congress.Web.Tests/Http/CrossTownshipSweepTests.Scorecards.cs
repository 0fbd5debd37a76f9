using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Scorecards;

namespace Township.Congress.Web.Tests.Http;

/// <summary>
/// The scorecard's and rollup's probes: the county's scorecard and rollups are not there for a township's users or a handling unit,
/// and neither is a township's hand score or its evidence, nor may they score one.
/// </summary>
public partial class CrossTownshipSweepTests
{
    private sealed partial record Target
    {
        public Guid HandScore { get; init; }
    }

    // A property, not a field: Probes (in another file of the class) reads it while the static fields are set up.
    private static Probe[] ScorecardProbes =>
    [
        new("GET", "api/v1/counties/{countyId:guid}/scorecard", t => $"/api/v1/counties/{t.County}/scorecard?year=2025"),
        new("GET", "api/v1/counties/{countyId:guid}/rollup.pdf", t => $"/api/v1/counties/{t.County}/rollup.pdf?year=2025"),
        new("GET", "api/v1/counties/{countyId:guid}/rollup.xlsx", t => $"/api/v1/counties/{t.County}/rollup.xlsx?year=2025"),
        new("PUT", "api/v1/townships/{townshipId:guid}/scorecard-hand-scores", t => $"/api/v1/townships/{t.Township}/scorecard-hand-scores",
            () => JsonContent.Create(new { year = 2025, criterion = "Bonus", points = 5, note = "越权评分", version = 0 })),
        new("POST", "api/v1/scorecard-hand-scores/{id:guid}/evidence", t => $"/api/v1/scorecard-hand-scores/{t.HandScore}/evidence", DocumentBody),
        new("GET", "api/v1/scorecard-hand-scores/{id:guid}/evidence", t => $"/api/v1/scorecard-hand-scores/{t.HandScore}/evidence"),
    ];

    /// <summary>The township's hand score of 2025 with its evidence, made once.</summary>
    private static async Task<Guid> HandScoreOfAsync(CongressDbContext db, Guid township)
    {
        var id = await db.Set<ScorecardHandScore>().Where(h => h.TownshipId == township).Select(h => (Guid?)h.Id).FirstOrDefaultAsync();
        if (id is { } known) return known;
        var score = new ScorecardHandScore
        {
            TownshipId = township, Year = 2025, Criterion = ScorecardCriterion.SelfBuilding, Points = 8, Note = "制度健全", ScoredBy = "county",
            ScoredAtUtc = DateTime.UtcNow, EvidenceName = "制度汇编.pdf", EvidenceType = "application/pdf", EvidenceBytes = Pdf.Length, Evidence = Pdf,
        };
        db.Add(score);
        await db.SaveChangesAsync();
        return score.Id;
    }
}
