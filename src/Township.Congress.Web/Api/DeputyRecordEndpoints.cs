using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.DeputyRecords;
using Township.Congress.Formatting;
using Township.Congress.Rules;
using Township.Congress.Web.Infrastructure;

namespace Township.Congress.Web.Api;

/// <summary>The township's list of a year (or up to a quarter's end): one row per deputy, and whether the year is frozen.</summary>
public sealed record DeputyRecordList(Guid TownshipId, int Year, int? Quarter, bool Frozen, IReadOnlyList<DeputyRecordRow> Rows);

/// <summary>The points scheme of a county: its settings in one table.</summary>
public sealed record PointsSchemeDto(Guid CountyId, IReadOnlyList<RuleSettingDto> Settings);

/// <summary>PUT body: the values to set at once, each with the version the editor saw (0 for a default).</summary>
public sealed record PointsSchemeWrite(IReadOnlyList<RuleSettingChange> Values);

public sealed record FrozenYearDto(Guid TownshipId, int Year, DateTime FrozenAtUtc, string FrozenBy, int Deputies);

public static class DeputyRecordEndpoints
{
    public static void MapDeputyRecordApi(this IEndpointRouteBuilder api)
    {
        var deputies = api.MapGroup("/deputies/{deputyId:guid}").WithTags("deputy records").ProducesApiProblems();
        deputies.MapGet("/record", GetDeputyRecord).WithName("GetDeputyRecord")
            .WithSummary("A deputy's record (履职档案) of a year, or of the term without ?year: every count with its items, points, flags").ProducesNotFound();
        deputies.MapGet("/declared-items", ListDeclaredItems).WithName("ListDeclaredItems")
            .WithSummary("The items a deputy declared (代表申报), with their approval").ProducesNotFound();
        deputies.MapPost("/declared-items", CreateDeclaredItem).WithName("CreateDeclaredItem")
            .WithSummary("Declare an item for the deputy; it counts once the secretary approves it").ProducesWriteProblems();
        deputies.MapGet("/interviews", ListInterviews).WithName("ListDeputyInterviews").WithSummary("The interviews (约谈) held with a deputy")
            .ProducesNotFound();
        deputies.MapPost("/interviews", CreateInterview).WithName("CreateDeputyInterview").WithSummary("Record an interview (约谈) held with a deputy")
            .ProducesWriteProblems();

        var declared = api.MapGroup("/declared-items").WithTags("deputy records").ProducesApiProblems();
        declared.MapPut("/{id:guid}/decision", DecideDeclaredItem).WithName("DecideDeclaredItem").WithSummary("Approve (已认可) or decline (不予认可, with the reason) a declared item").ProducesWriteProblems();

        var townships = api.MapGroup("/townships/{townshipId:guid}/deputy-records").WithTags("deputy records").ProducesApiProblems();
        townships.MapGet("/", ListDeputyRecords).WithName("ListDeputyRecords")
            .WithSummary("One row per deputy of a year (?quarter=1..4: up to its end): counts, points, band, rank, flags; sort and filter by flag")
            .ProducesNotFound();
        townships.MapPost("/{year:int}/freeze", FreezeDeputyRecords).WithName("FreezeDeputyRecords")
            .WithSummary("Freeze a finished year: the scores are stored as published and no longer follow the scheme").ProducesWriteProblems();

        var scheme = api.MapGroup("/counties/{countyId:guid}/points-scheme").WithTags("deputy records").ProducesApiProblems();
        scheme.MapGet("/", GetPointsScheme).WithName("GetPointsScheme").WithSummary("The county's points scheme (履职积分) and record flags")
            .ProducesNotFound();
        scheme.MapPut("/", SetPointsScheme).WithName("SetPointsScheme")
            .WithSummary("Set several values of the scheme at once (all or none); 409 when one was changed meanwhile").ProducesWriteProblems()
            .RequireAuthorization(ScopePolicies.Administrator);
    }

    public static async Task<Ok<DeputyRecord>> GetDeputyRecord(Guid deputyId, int? year, CongressDbContext db, CancellationToken ct)
    {
        var deputy = await db.FindVisibleAsync<Deputies.Deputy>(deputyId, ct);
        var rules = await new CountyRulesService(db).ForTownshipAsync(deputy.TownshipId, ct);
        return TypedResults.Ok(await db.DeputyRecordAsync(deputyId, year, rules, ct));
    }

    public static async Task<Ok<DeputyRecordList>> ListDeputyRecords(Guid townshipId, int? year, int? quarter, DeputyRecordSort? sort,
        DeputyFlagKind? flag, CongressDbContext db, CancellationToken ct)
    {
        QueryValues.Known(sort, "sort");
        QueryValues.Known(flag, "flag");
        await db.FindTownshipAsync(townshipId, ct);
        var y = year ?? ChineseDate.TodayInChina(db.Clock).Year;
        var rules = await new CountyRulesService(db).ForTownshipAsync(townshipId, ct);
        var records = await db.TownshipRecordsAsync(townshipId, y, quarter, rules, ct);
        var frozen = quarter is null && await new DeputyRecordService(db).IsFrozenAsync(townshipId, y, ct);
        return TypedResults.Ok(new DeputyRecordList(townshipId, y, quarter, frozen, DeputyRecordQueries.Rows(records, sort ?? DeputyRecordSort.Points, flag)));
    }

    public static async Task<Ok<FrozenYearDto>> FreezeDeputyRecords(Guid townshipId, int year, CongressDbContext db, CancellationToken ct)
    {
        var frozen = await new DeputyRecordService(db).FreezeAsync(townshipId, year, ct);
        return TypedResults.Ok(new FrozenYearDto(townshipId, frozen.Year, frozen.FrozenAtUtc, frozen.FrozenBy, frozen.Scores.Count));
    }

    public static async Task<Ok<List<DeclaredLine>>> ListDeclaredItems(Guid deputyId, CongressDbContext db, CancellationToken ct)
    {
        await db.FindVisibleAsync<Deputies.Deputy>(deputyId, ct);
        var items = await db.DeclaredItems.AsNoTracking().Where(x => x.DeputyId == deputyId).OrderByDescending(x => x.Date).ToListAsync(ct);
        return TypedResults.Ok(items.Select(Line).ToList());
    }

    public static async Task<Created<DeclaredLine>> CreateDeclaredItem(Guid deputyId, DeclaredItemInput body, CongressDbContext db, CancellationToken ct)
    {
        var item = await new DeputyRecordService(db).DeclareAsync(deputyId, body, ct);
        return TypedResults.Created($"/api/v1/deputies/{deputyId}/declared-items", Line(item));
    }

    public static async Task<Ok<DeclaredLine>> DecideDeclaredItem(Guid id, DeclaredItemDecision body, CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok(Line(await new DeputyRecordService(db).DecideAsync(id, body, ct)));

    public static async Task<Ok<IReadOnlyList<InterviewLine>>> ListInterviews(Guid deputyId, CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await new DeputyRecordService(db).InterviewsAsync(deputyId, ct));

    public static async Task<Created<InterviewLine>> CreateInterview(Guid deputyId, InterviewInput body, CongressDbContext db, CancellationToken ct)
    {
        var i = await new DeputyRecordService(db).RecordInterviewAsync(deputyId, body, ct);
        return TypedResults.Created($"/api/v1/deputies/{deputyId}/interviews", new InterviewLine(i.Id, i.DeputyId, i.HeldOn, i.HeldBy, i.Notes, i.ForYear, i.Version));
    }

    public static async Task<Ok<PointsSchemeDto>> GetPointsScheme(Guid countyId, CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok(new PointsSchemeDto(countyId, await RuleSchemes.ListAsync(countyId, RuleArea.DeputyPoints, db, ct)));

    public static async Task<Ok<PointsSchemeDto>> SetPointsScheme(Guid countyId, PointsSchemeWrite body, CongressDbContext db, CancellationToken ct)
    {
        await RuleSchemes.SetAsync(countyId, RuleArea.DeputyPoints, body.Values, db, ct);
        return await GetPointsScheme(countyId, db, ct);
    }

    private static DeclaredLine Line(DeclaredItem x) => new(x.Id, x.Date, x.Kind, DeputyRecordLabels.DeclaredKinds.Of(x.Kind), x.Text, x.State,
        DeputyRecordLabels.DeclaredStates.Of(x.State), x.DecidedBy, x.DecidedOn, x.DecisionNote, x.Version);
}
