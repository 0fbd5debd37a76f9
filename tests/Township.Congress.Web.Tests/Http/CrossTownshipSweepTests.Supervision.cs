using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Deputies;
using Township.Congress.Petitions;
using Township.Congress.VoterReports;

namespace Township.Congress.Web.Tests.Http;

/// <summary>The cross-township probes of reports to voters and petitions.</summary>
public partial class CrossTownshipSweepTests
{
    private sealed partial record Target
    {
        public Guid VoterReport { get; init; }
        public Guid Petition { get; init; }
    }

    // A property, not a field: Probes (in another file of the class) reads it while the static fields are set up.
    private static Probe[] SupervisionProbes =>
    [
        new("GET", "api/v1/voter-reports/", t => $"/api/v1/voter-reports?townshipId={t.Township}&year=2026"),
        new("GET", "api/v1/voter-reports/coverage", t => $"/api/v1/voter-reports/coverage?townshipId={t.Township}&year=2026"),
        new("POST", "api/v1/voter-reports/", t => "/api/v1/voter-reports", BodyFor: t => JsonContent.Create(new
        {
            townshipId = t.Township, version = 0,
            report = new { deputyId = t.Deputy, reportedOn = "2026-01-05", place = "越权地点", audience = 50, ratingMethod = "None" },
        })),
        new("GET", "api/v1/voter-reports/{id:guid}", t => $"/api/v1/voter-reports/{t.VoterReport}"),
        new("PUT", "api/v1/voter-reports/{id:guid}", t => $"/api/v1/voter-reports/{t.VoterReport}", BodyFor: t => JsonContent.Create(new
        {
            version = 0, report = new { deputyId = t.Deputy, reportedOn = "2026-01-05", place = "越权地点", audience = 50, ratingMethod = "None" },
        })),
        new("POST", "api/v1/voter-reports/{id:guid}/file", t => $"/api/v1/voter-reports/{t.VoterReport}/file", DocumentBody),
        new("GET", "api/v1/voter-reports/{id:guid}/file", t => $"/api/v1/voter-reports/{t.VoterReport}/file"),
        new("GET", "api/v1/voter-reports/{id:guid}/notice.pdf", t => $"/api/v1/voter-reports/{t.VoterReport}/notice.pdf"),
        new("GET", "api/v1/voter-reports/{id:guid}/rating-form.pdf", t => $"/api/v1/voter-reports/{t.VoterReport}/rating-form.pdf"),
        new("GET", "api/v1/voter-reports/{id:guid}/result.pdf", t => $"/api/v1/voter-reports/{t.VoterReport}/result.pdf"),
        new("GET", "api/v1/petitions/", t => $"/api/v1/petitions?townshipId={t.Township}&overdue=true"),
        new("POST", "api/v1/petitions/", t => "/api/v1/petitions", BodyFor: t => JsonContent.Create(new
        {
            townshipId = t.Township, version = 0,
            petition = new { visitorName = "越权来访", receivedOn = "2026-01-05", matter = "越权事项", receivedBy = "越权", state = "Received" },
        })),
        new("GET", "api/v1/petitions/{id:guid}", t => $"/api/v1/petitions/{t.Petition}"),
        new("PUT", "api/v1/petitions/{id:guid}", t => $"/api/v1/petitions/{t.Petition}", () => JsonContent.Create(new
        {
            version = 0, petition = new { visitorName = "越权来访", receivedOn = "2026-01-05", matter = "越权事项", receivedBy = "越权", state = "Received" },
        })),
    ];

    /// <summary>A report of the township to aim at: the demo data's, else one made here.</summary>
    private static async Task<Guid> VoterReportOfAsync(CongressDbContext db, Guid township, Deputy deputy)
    {
        var id = await db.VoterReports.Where(r => r.TownshipId == township).OrderBy(r => r.Id).Select(r => (Guid?)r.Id).FirstOrDefaultAsync();
        if (id is { } found) return found;
        var report = new VoterReport { TownshipId = township, TermId = deputy.TermId, DeputyId = deputy.Id, ReportedOn = new DateOnly(2026, 1, 5), Place = "村委会" };
        db.Add(report);
        await db.SaveChangesAsync();
        return report.Id;
    }

    private static async Task<Guid> PetitionOfAsync(CongressDbContext db, Guid township)
    {
        var id = await db.Petitions.Where(p => p.TownshipId == township).OrderBy(p => p.Id).Select(p => (Guid?)p.Id).FirstOrDefaultAsync();
        if (id is { } found) return found;
        var petition = new Petition
        {
            TownshipId = township, VisitorName = "来访人", VisitorPhone = "13800000000", ReceivedOn = new DateOnly(2026, 1, 5), Matter = "事项",
            ReceivedBy = "接待人", DecideBy = new DateOnly(2026, 1, 20), FinishBy = new DateOnly(2026, 3, 6),
        };
        db.Add(petition);
        await db.SaveChangesAsync();
        return petition.Id;
    }

    private static async Task<string> SupervisionSnapshotAsync(CongressDbContext db, Guid township)
    {
        var reports = await db.VoterReports.Where(r => r.TownshipId == township).OrderBy(r => r.Id).Select(r => $"{r.Id}:{r.Version}").ToListAsync();
        var petitions = await db.Petitions.Where(p => p.TownshipId == township).OrderBy(p => p.Id).Select(p => $"{p.Id}:{p.Version}").ToListAsync();
        return $"{string.Join(",", reports)}|{string.Join(",", petitions)}";
    }
}
