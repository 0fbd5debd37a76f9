using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Activities;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Rectifications;
using Township.Congress.Security;
using Township.Congress.Sessions;
using Township.Congress.Web.Features.Activities;

namespace Township.Congress.Web.Api;

/// <summary>A rectification item inside an activity's PUT: without id it is added; with id it is edited, and completed when a result is given.</summary>
public sealed record RectificationWrite(string Matter, DateOnly Deadline, Guid? Id = null, Guid? OwnerUnitId = null, string? OwnerUnitName = null,
    string? Result = null, DateOnly? CompletedOn = null, long Version = 0);

/// <summary>POST/PUT body: the activity, the version the edit was made on, (POST) the township, and rectification items.</summary>
public sealed class ActivityWrite
{
    public Guid? TownshipId { get; set; }
    public long Version { get; set; }
    public required ActivityInput Activity { get; set; }
    public List<RectificationWrite> Rectifications { get; set; } = [];
}

public sealed record ActivityUnitDto(Guid? UnitId, string Name);
/// <summary>An opinion with the deputies present who voiced it (ids as the PUT takes them, names for reading).</summary>
public sealed record ActivityOpinionDto(string Text, Guid? ReceivingUnitId, string ReceivingUnitName, DateOnly SentOn,
    IReadOnlyList<Guid> SpeakerIds, IReadOnlyList<string> SpeakerNames);

/// <summary>GET /api/v1/activities/{id}: everything recorded about the activity.</summary>
public sealed record ActivityDto(Guid Id, Guid TownshipId, string TownshipName, ActivityKind Kind, ActivityOrganiser Organiser, Guid? GroupId,
    string? GroupName, string Subject, DateOnly StartsOn, DateOnly EndsOn, ActivityStatus Status, IReadOnlyList<string> Places,
    IReadOnlyList<string> Projects, string Law, string LawArticles, string Findings, IReadOnlyList<ActivityUnitDto> Units,
    IReadOnlyList<ParticipantRow> Participants, int PersonTimes, IReadOnlyList<ActivityOpinionDto> Opinions,
    IReadOnlyList<RectificationItem> Rectifications, IReadOnlyList<ActivityFileView> Files, IReadOnlyList<LinkedSuggestion> Suggestions, long Version);

public static class ActivityEndpoints
{
    public static void MapActivityApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/activities").WithTags("activities").ProducesApiProblems();
        group.MapGet("/", ListActivities).WithName("ListActivities").WithSummary("Deputy activities, by township, year, kind, group and deputy")
            .ProducesNotFound();
        group.MapPost("/", CreateActivity).WithName("CreateActivity").WithSummary("Record an activity").ProducesWriteProblems();
        group.MapGet("/{id:guid}", GetActivity).WithName("GetActivity").WithSummary("One activity with attendance, opinions and rectifications")
            .ProducesNotFound();
        group.MapPut("/{id:guid}", UpdateActivity).WithName("UpdateActivity").WithSummary("Edit an activity, its roll, opinions and rectifications")
            .ProducesWriteProblems();
        group.MapGet("/{id:guid}/report.pdf", PrintActivityReport).WithName("PrintActivityReport")
            .WithSummary("The visit or survey report as a PDF").ProducesPdf();
        api.MapGroup("/rectifications").WithTags("activities").ProducesApiProblems().MapGet("/overdue", ListOverdueRectifications)
            .WithName("ListOverdueRectifications").WithSummary("Open rectification items past their deadline, most overdue first").ProducesNotFound();
        api.MapActivityFileApi();
    }

    public static async Task<Ok<Paged<ActivityListItem>>> ListActivities(Guid? townshipId, int? year, ActivityKind? kind, Guid? groupId, Guid? deputyId,
        string? q, int? page, int? pageSize, CongressDbContext db, CancellationToken ct)
    {
        if (townshipId is { } t) await db.FindTownshipAsync(t, ct);
        return TypedResults.Ok(await db.SearchActivitiesAsync(new ActivitySearch
        {
            TownshipId = townshipId, Year = year, Kind = kind, GroupId = groupId, DeputyId = deputyId, Text = q, Page = page ?? 1, PageSize = pageSize ?? 20,
        }, ct));
    }

    public static async Task<Created<ActivityDto>> CreateActivity(ActivityWrite body, CongressDbContext db, DocumentOptions documents, CancellationToken ct)
    {
        var townshipId = db.Scope.ResolveTownship(body.TownshipId);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var activity = await new ActivityService(db, documents).CreateAsync(townshipId, body.Activity, ct);
        await WriteRectificationsAsync(db, activity, body.Rectifications, ct);
        await tx.CommitAsync(ct);
        return TypedResults.Created($"/api/v1/activities/{activity.Id}", await DtoAsync(db, activity.Id, ct));
    }

    public static async Task<Ok<ActivityDto>> GetActivity(Guid id, CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await DtoAsync(db, id, ct));

    public static async Task<Ok<ActivityDto>> UpdateActivity(Guid id, ActivityWrite body, CongressDbContext db, DocumentOptions documents, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var activity = await new ActivityService(db, documents).UpdateAsync(id, body.Activity, body.Version, ct);
        await WriteRectificationsAsync(db, activity, body.Rectifications, ct);
        await tx.CommitAsync(ct);
        return TypedResults.Ok(await DtoAsync(db, id, ct));
    }

    public static async Task<FileContentHttpResult> PrintActivityReport(Guid id, ActivityPrints prints, CongressDbContext db, CancellationToken ct)
    {
        var (name, bytes) = await prints.ReportAsync(db, id, ct);
        return TypedResults.File(bytes, ApiProblems.Pdf, name);
    }

    public static async Task<Ok<List<OverdueRectification>>> ListOverdueRectifications(Guid? townshipId, CongressDbContext db, CancellationToken ct)
    {
        if (townshipId is { } t) await db.FindTownshipAsync(t, ct);
        return TypedResults.Ok(await new RectificationService(db).OverdueAsync(townshipId, ct));
    }

    private static async Task WriteRectificationsAsync(CongressDbContext db, Activity activity, List<RectificationWrite> items, CancellationToken ct)
    {
        var service = new RectificationService(db);
        foreach (var r in items)
        {
            var input = new RectificationInput(r.Matter, r.OwnerUnitId, r.OwnerUnitName, r.Deadline);
            RectificationItem item;
            if (r.Id is { } rid)
            {
                var existing = await db.FindVisibleAsync<RectificationItem>(rid, ct);
                if (existing.Source != RectificationSource.Activity || existing.SourceId != activity.Id) throw new KeyNotFoundException($"RectificationItem {rid}");
                item = await service.UpdateAsync(rid, input, r.Version, ct);
            }
            else item = await service.AddAsync(activity.TownshipId, RectificationSource.Activity, activity.Id, input, ct);
            if (!string.IsNullOrWhiteSpace(r.Result) || r.CompletedOn is not null)
                await service.CompleteAsync(item.Id, r.Result ?? "", r.CompletedOn ?? Formatting.ChineseDate.TodayInChina(db.Clock), item.Version, ct);
        }
    }

    private static async Task<ActivityDto> DtoAsync(CongressDbContext db, Guid id, CancellationToken ct)
    {
        var d = await db.ActivityDetailsAsync(id, ct);
        var a = d.Activity;
        return new ActivityDto(a.Id, a.TownshipId, d.TownshipName, a.Kind, a.Organiser, a.GroupId, d.GroupName, a.Subject, a.StartsOn, a.EndsOn, a.Status,
            Formatting.TextLines.Split(a.Places), Formatting.TextLines.Split(a.Projects), a.Law, a.LawArticles, a.Findings,
            a.Units.OrderBy(u => u.SortOrder).Select(u => new ActivityUnitDto(u.UnitId, u.Name)).ToList(), d.Participants, d.PersonTimes,
            a.Opinions.OrderBy(o => o.SentOn).Select(o => new ActivityOpinionDto(o.Text, o.ReceivingUnitId, o.ReceivingUnitName, o.SentOn,
                d.OpinionSpeakers.GetValueOrDefault(o.Id) ?? [], d.SpeakerNames(o.Id))).ToList(),
            d.Rectifications, d.Files, d.Suggestions, a.Version);
    }
}
