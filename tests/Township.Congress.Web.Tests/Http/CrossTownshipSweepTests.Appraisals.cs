using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Appraisals;
using Township.Congress.Data;

namespace Township.Congress.Web.Tests.Http;

/// <summary>The appraisal routes' probes, aimed at an appraisal of the target township.</summary>
public partial class CrossTownshipSweepTests
{
    private static readonly ConcurrentDictionary<Guid, Guid> AppraisalOf = new();

    private static readonly object AppraisalBody = new
    {
        version = 0, appraisal = new { year = 2026, title = "越权评议", startsOn = "2026-09-01" },
    };

    private static readonly Probe[] AppraisalProbes =
    [
        new("GET", "api/v1/appraisals/", t => $"/api/v1/appraisals?townshipId={t.Township}&year=2026&q=评议"),
        new("POST", "api/v1/appraisals/", t => "/api/v1/appraisals", BodyFor: t => JsonContent.Create(new
        {
            townshipId = t.Township, appraisal = new { year = 2026, title = "越权评议", startsOn = "2026-09-01" },
        })),
        new("GET", "api/v1/appraisals/{id:guid}", t => $"/api/v1/appraisals/{AppraisalOf[t.Township]}"),
        new("PUT", "api/v1/appraisals/{id:guid}", t => $"/api/v1/appraisals/{AppraisalOf[t.Township]}", () => JsonContent.Create(AppraisalBody)),
        new("GET", "api/v1/appraisals/{id:guid}/result.pdf", t => $"/api/v1/appraisals/{AppraisalOf[t.Township]}/result.pdf"),
        new("GET", "api/v1/appraisals/{id:guid}/ballot.pdf", t => $"/api/v1/appraisals/{AppraisalOf[t.Township]}/ballot.pdf"),
    ];

    /// <summary>A published appraisal of the township to aim at (so its result PDF exists), made once.</summary>
    private static async Task EnsureAppraisalAsync(CongressDbContext db, Guid township)
    {
        var appraisal = await db.Appraisals.Where(a => a.TownshipId == township && a.Title == "越权扫描评议").FirstOrDefaultAsync();
        if (appraisal is null)
        {
            appraisal = new Appraisal
            {
                TownshipId = township, Year = 2026, Title = "越权扫描评议", StartsOn = new(2026, 9, 1), State = AppraisalState.Published,
                PublishedOn = new(2026, 10, 1),
            };
            appraisal.Subjects.Add(new AppraisalSubject
            {
                TownshipId = township, AppraisalId = appraisal.Id, Kind = AppraisalSubjectKind.Official, Name = "扫描对象", Post = "镇长",
                SortOrder = 1, Satisfied = 3,
            });
            db.Add(appraisal);
            await db.SaveChangesAsync();
        }
        AppraisalOf[township] = appraisal.Id;
    }

    private static async Task<string> AppraisalSnapshotAsync(CongressDbContext db, Guid township) => string.Join(",",
        await db.Appraisals.Where(a => a.TownshipId == township).OrderBy(a => a.Id).Select(a => $"{a.Id}:{a.Version}:{a.Title}").ToListAsync());
}
