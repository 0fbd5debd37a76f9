using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Petitions;
using Township.Congress.VoterReports;

namespace Township.Congress.Web.Tests.Http;

/// <summary>The sweep's probes of the supervision work between sessions: reports to voters and petitions.</summary>
public abstract partial class InputSweepTests<TFactory>
{
    private sealed record SupervisionTarget(Guid VoterReport, long VoterReportVersion, Guid Petition, long PetitionVersion);

    private sealed partial record Target
    {
        public SupervisionTarget Supervision { get; init; } = null!;
    }

    // A property, not a field: Routes (in another file of the class) reads it while the static fields are set up.
    private static Route[] SupervisionRoutes =>
    [
        new("GET api/v1/voter-reports/", _ => "/api/v1/voter-reports"),
        new("GET api/v1/voter-reports/coverage", _ => "/api/v1/voter-reports/coverage"),
        new("POST api/v1/voter-reports/", _ => "/api/v1/voter-reports", Body.Json, t => VoterReportBody(t, 0), ["report", "report.deputyId"],
            ["report.ratingMethod"]),
        new("GET api/v1/voter-reports/{id:guid}", t => $"/api/v1/voter-reports/{t.Supervision.VoterReport}"),
        new("PUT api/v1/voter-reports/{id:guid}", t => $"/api/v1/voter-reports/{t.Supervision.VoterReport}", Body.Json,
            t => VoterReportBody(t, t.Supervision.VoterReportVersion), ["report", "report.deputyId"], ["report.ratingMethod"]),
        new("POST api/v1/voter-reports/{id:guid}/file", t => $"/api/v1/voter-reports/{t.Supervision.VoterReport}/file", Body.Upload),
        new("GET api/v1/voter-reports/{id:guid}/file", t => $"/api/v1/voter-reports/{t.Supervision.VoterReport}/file"),
        new("GET api/v1/voter-reports/{id:guid}/notice.pdf", t => $"/api/v1/voter-reports/{t.Supervision.VoterReport}/notice.pdf"),
        new("GET api/v1/voter-reports/{id:guid}/rating-form.pdf", t => $"/api/v1/voter-reports/{t.Supervision.VoterReport}/rating-form.pdf"),
        new("GET api/v1/voter-reports/{id:guid}/result.pdf", t => $"/api/v1/voter-reports/{t.Supervision.VoterReport}/result.pdf"),
        new("GET api/v1/petitions/", _ => "/api/v1/petitions"),
        new("POST api/v1/petitions/", _ => "/api/v1/petitions", Body.Json, t => PetitionBody(t, 0), ["petition", "petition.visitorName"],
            ["petition.state", "petition.satisfaction"]),
        new("GET api/v1/petitions/{id:guid}", t => $"/api/v1/petitions/{t.Supervision.Petition}"),
        new("PUT api/v1/petitions/{id:guid}", t => $"/api/v1/petitions/{t.Supervision.Petition}", Body.Json,
            t => PetitionBody(t, t.Supervision.PetitionVersion), ["petition", "petition.visitorName"], ["petition.state", "petition.satisfaction"]),
    ];

    private static string Yesterday => DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd");

    private static JsonObject VoterReportBody(Target t, long version) => new()
    {
        ["version"] = version,
        ["report"] = new JsonObject
        {
            ["deputyId"] = t.Deputy.ToString(), ["reportedOn"] = Yesterday, ["place"] = "扫描村委会", ["district"] = "第一选区", ["audience"] = 60,
            ["reportText"] = "扫描述职", ["ratingMethod"] = "Votes", ["competentVotes"] = 50, ["basicallyCompetentVotes"] = 5, ["incompetentVotes"] = 1,
            ["score"] = 90, ["ratedOn"] = Yesterday, ["isPublished"] = true, ["publishedOn"] = Yesterday, ["filedOn"] = Yesterday,
        },
    };

    private static JsonObject PetitionBody(Target t, long version) => new()
    {
        ["version"] = version,
        ["petition"] = new JsonObject
        {
            ["visitorName"] = "扫描来访人", ["visitorPhone"] = "13800000000", ["receivedOn"] = Yesterday, ["matter"] = "扫描事项",
            ["receivedByDeputyId"] = t.Deputy.ToString(), ["receivedBy"] = "扫描", ["unitId"] = t.Unit.ToString(), ["state"] = "Finished",
            ["decidedOn"] = Yesterday, ["extensionDays"] = 0, ["extensionReason"] = "", ["finishedOn"] = Yesterday, ["result"] = "扫描结果",
            ["satisfaction"] = "Satisfied",
        },
    };

    /// <summary>A report and a petition of township 1 to aim at (the demo data may have none on the day).</summary>
    private static async Task<SupervisionTarget> SupervisionTargetAsync(CongressDbContext db, Guid township, Guid deputy, Guid unit)
    {
        var term = await db.Deputies.Where(d => d.Id == deputy).Select(d => d.TermId).FirstAsync();
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-10));
        var report = new VoterReport { TownshipId = township, TermId = term, DeputyId = deputy, ReportedOn = day, Place = "扫描村", Audience = 50 };
        var petition = new Petition
        {
            TownshipId = township, VisitorName = "扫描来访人", VisitorPhone = "13800000000", ReceivedOn = day, Matter = "扫描事项", ReceivedBy = "扫描",
            DecideBy = day.AddDays(15), FinishBy = day.AddDays(60), UnitId = unit,
        };
        db.AddRange(report, petition);
        await db.SaveChangesAsync();
        return new SupervisionTarget(report.Id, report.Version, petition.Id, petition.Version);
    }

    private static async Task<string> SupervisionSnapshotAsync(CongressDbContext db) => string.Join(",",
        await db.VoterReports.CountAsync(), await db.VoterReports.SumAsync(r => r.Version), await db.VoterReports.CountAsync(r => r.FileContent != null),
        await db.Petitions.CountAsync(), await db.Petitions.SumAsync(p => p.Version));
}
