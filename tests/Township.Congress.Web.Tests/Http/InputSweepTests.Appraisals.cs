using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Appraisals;
using Township.Congress.Data;

namespace Township.Congress.Web.Tests.Http;

/// <summary>The appraisal routes' probes: bodies built on township 1's own appraisal, which town01 may write.</summary>
public abstract partial class InputSweepTests<TFactory>
{
    private sealed record AppraisalTarget(Guid Id, long Version, Guid Subject);

    /// <summary>Per township: the factories seed their own townships, so the ids never clash between providers.</summary>
    private static readonly ConcurrentDictionary<Guid, AppraisalTarget> Appraisals = new();

    private static readonly Route[] AppraisalRoutes =
    [
        new("GET api/v1/appraisals/", _ => "/api/v1/appraisals"),
        new("POST api/v1/appraisals/", _ => "/api/v1/appraisals", Body.Json, _ => AppraisalBody(null, 0), ["appraisal"], ["subjects[0].kind"]),
        new("GET api/v1/appraisals/{id:guid}", t => $"/api/v1/appraisals/{Appraisals[t.Township].Id}"),
        new("PUT api/v1/appraisals/{id:guid}", t => $"/api/v1/appraisals/{Appraisals[t.Township].Id}", Body.Json,
            t => AppraisalBody(Appraisals[t.Township].Subject, Appraisals[t.Township].Version), ["appraisal"], ["subjects[0].kind", "state"]),
        new("GET api/v1/appraisals/{id:guid}/result.pdf", t => $"/api/v1/appraisals/{Appraisals[t.Township].Id}/result.pdf"),
        new("GET api/v1/appraisals/{id:guid}/ballot.pdf", t => $"/api/v1/appraisals/{Appraisals[t.Township].Id}/ballot.pdf"),
    ];

    /// <summary>A well-formed body; an official as the subject, so every text of it is stored (and so checked).</summary>
    private static JsonObject AppraisalBody(Guid? subject, long version)
    {
        var body = new JsonObject
        {
            ["appraisal"] = new JsonObject
            {
                ["year"] = 2026, ["title"] = "扫描评议", ["plan"] = "扫描方案", ["startsOn"] = "2026-09-01", ["endsOn"] = "2026-10-01",
            },
            ["subjects"] = new JsonArray(new JsonObject
            {
                ["kind"] = "Official", ["name"] = "扫描干部", ["post"] = "副镇长", ["satisfied"] = 1, ["basicallySatisfied"] = 0, ["unsatisfied"] = 0,
            }),
        };
        if (subject is { } id)
        {
            body["version"] = version;
            body["state"] = "InProgress";
            body["subjects"]![0]!["id"] = id.ToString();
        }
        return body;
    }

    /// <summary>Township 1's appraisal to aim at, planned with one official, made once per database.</summary>
    private static async Task EnsureAppraisalTargetAsync(CongressDbContext db, Guid township)
    {
        var appraisal = await db.Appraisals.Include(a => a.Subjects).Where(a => a.TownshipId == township && a.Title == "输入扫描评议")
            .FirstOrDefaultAsync();
        if (appraisal is null)
        {
            appraisal = new Appraisal { TownshipId = township, Year = 2026, Title = "输入扫描评议", StartsOn = new(2026, 9, 1) };
            appraisal.Subjects.Add(new AppraisalSubject { TownshipId = township, AppraisalId = appraisal.Id, Kind = AppraisalSubjectKind.Official, Name = "扫描对象", Post = "镇长", SortOrder = 1 });
            db.Add(appraisal);
            await db.SaveChangesAsync();
        }
        Appraisals[township] = new AppraisalTarget(appraisal.Id, appraisal.Version, appraisal.Subjects[0].Id);
    }

    private static async Task<string> AppraisalSnapshotAsync(CongressDbContext db) => string.Join(",", await db.Appraisals.CountAsync(),
        await db.Appraisals.SumAsync(a => a.Version), await db.Set<AppraisalSubject>().CountAsync(),
        await db.Set<AppraisalSubject>().SumAsync(s => s.Satisfied + s.BasicallySatisfied + s.Unsatisfied));
}
