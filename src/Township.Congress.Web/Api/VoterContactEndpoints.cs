using Microsoft.AspNetCore.Http.HttpResults;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Rules;
using Township.Congress.Security;
using Township.Congress.Suggestions;
using Township.Congress.VoterContact;
using Township.Congress.Web.Features.VoterContact;

namespace Township.Congress.Web.Api;

/// <summary>POST/PUT body of a reception day: the day (with its visitors when given), the version it was edited on, and (POST) the township.</summary>
public sealed class ReceptionWrite
{
    public Guid? TownshipId { get; set; }
    public long Version { get; set; }
    public required ReceptionInput Reception { get; set; }
}

/// <summary>PUT body of one visitor's line: the line and the version it was edited on.</summary>
public sealed class VisitWrite
{
    public long Version { get; set; }
    public required VisitInput Visit { get; set; }
}

/// <summary>POST body of a deputy's own contact.</summary>
public sealed class ContactWrite
{
    public Guid? TownshipId { get; set; }
    public required ContactInput Contact { get; set; }
}

/// <summary>GET /api/v1/voter-contacts/targets: the year's figures per deputy against the county's targets.</summary>
public sealed record ContactTargetsDto(Guid TownshipId, int Year, int PersonTimesTarget, int DutyDaysTarget,
    IReadOnlyList<DeputyContactFigures> Deputies);

/// <summary>Reception days (代表接待日) with their visitor records, and deputies' own contacts with voters.</summary>
public static class VoterContactEndpoints
{
    public static void MapVoterContactApi(this IEndpointRouteBuilder api)
    {
        var receptions = api.MapGroup("/receptions").WithTags("voter contact").ProducesApiProblems();
        receptions.MapGet("/", ListReceptions).WithName("ListReceptions").WithSummary("Reception days of a township, one page at a time")
            .ProducesNotFound();
        receptions.MapPost("/", CreateReception).WithName("CreateReception").WithSummary("Plan (or record) a reception day")
            .ProducesWriteProblems();
        receptions.MapGet("/{id:guid}", GetReception).WithName("GetReception").WithSummary("One reception day with its visitor records")
            .ProducesNotFound();
        receptions.MapPut("/{id:guid}", UpdateReception).WithName("UpdateReception")
            .WithSummary("Edit a reception day; with visits, the whole visitor list (a matter made into a suggestion registers it)")
            .ProducesWriteProblems();
        receptions.MapGet("/{id:guid}/notice.pdf", PrintReceptionNotice).WithName("PrintReceptionNotice")
            .WithSummary("The reception day's notice as a PDF").ProducesPdf();
        receptions.MapPut("/{id:guid}/visits/{visitId:guid}", UpdateReceptionVisit).WithName("UpdateReceptionVisit")
            .WithSummary("Edit one visitor's line (a matter made into a suggestion now registers it)").ProducesWriteProblems();
        receptions.MapDelete("/{id:guid}/visits/{visitId:guid}", RemoveReceptionVisit).WithName("RemoveReceptionVisit")
            .WithSummary("Remove one visitor's line at its version; one made into a suggestion cannot be removed").ProducesWriteProblems();

        var contacts = api.MapGroup("/voter-contacts").WithTags("voter contact").ProducesApiProblems();
        contacts.MapGet("/", ListVoterContacts).WithName("ListVoterContacts").WithSummary("Deputies' own contacts with voters")
            .ProducesNotFound();
        contacts.MapPost("/", CreateVoterContact).WithName("CreateVoterContact").WithSummary("Record a deputy's contact with voters")
            .ProducesWriteProblems();
        contacts.MapGet("/targets", GetContactTargets).WithName("GetContactTargets")
            .WithSummary("Per deputy and year: person-times of contact, duty days, and the flags against the targets").ProducesNotFound();
    }

    public static async Task<Ok<Paged<ReceptionListItem>>> ListReceptions(Guid? townshipId, int? year, Guid? stationId, string? q, int? page,
        int? pageSize, CongressDbContext db, CancellationToken ct)
    {
        var t = db.Scope.ResolveTownship(townshipId);
        await db.FindTownshipAsync(t, ct);
        var rules = await new CountyRulesService(db).ForTownshipAsync(t, ct);
        return TypedResults.Ok(await db.SearchReceptionsAsync(new ReceptionSearch
        {
            TownshipId = t, Year = year, StationId = stationId, Query = q, Page = page ?? 1, PageSize = pageSize ?? 20,
        }, rules, ct));
    }

    public static async Task<Ok<ReceptionDetails>> GetReception(Guid id, CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await DetailsAsync(db, id, ct));

    public static async Task<Created<ReceptionDetails>> CreateReception(ReceptionWrite body, CongressDbContext db, WorkCalendar calendar,
        CancellationToken ct)
    {
        var townshipId = db.Scope.ResolveTownship(body.TownshipId);
        var day = await new VoterContactService(db, calendar).CreateReceptionAsync(townshipId, body.Reception, ct);
        return TypedResults.Created($"/api/v1/receptions/{day.Id}", await DetailsAsync(db, day.Id, ct));
    }

    public static async Task<Ok<ReceptionDetails>> UpdateReception(Guid id, ReceptionWrite body, CongressDbContext db, WorkCalendar calendar,
        CancellationToken ct)
    {
        await new VoterContactService(db, calendar).UpdateReceptionAsync(id, body.Reception, body.Version, ct);
        return TypedResults.Ok(await DetailsAsync(db, id, ct));
    }

    public static async Task<Ok<ReceptionDetails>> UpdateReceptionVisit(Guid id, Guid visitId, VisitWrite body, CongressDbContext db,
        WorkCalendar calendar, CancellationToken ct)
    {
        await new VoterContactService(db, calendar).UpdateVisitAsync(id, visitId, body.Visit, body.Version, ct);
        return TypedResults.Ok(await DetailsAsync(db, id, ct));
    }

    /// <summary>version: the line's version as read, so a line edited meanwhile is not removed unseen (409).</summary>
    public static async Task<NoContent> RemoveReceptionVisit(Guid id, Guid visitId, long version, CongressDbContext db, WorkCalendar calendar,
        CancellationToken ct)
    {
        await new VoterContactService(db, calendar).RemoveVisitAsync(id, visitId, version, ct);
        return TypedResults.NoContent();
    }

    public static async Task<FileContentHttpResult> PrintReceptionNotice(Guid id, ReceptionPrints prints, CongressDbContext db,
        CancellationToken ct) => TypedResults.File(await prints.NoticeAsync(db, id, ct), ApiProblems.Pdf, "代表接待日公告.pdf");

    public static async Task<Ok<Paged<ContactListItem>>> ListVoterContacts(Guid? townshipId, int? year, Guid? deputyId, string? q, int? page,
        int? pageSize, CongressDbContext db, CancellationToken ct)
    {
        var t = db.Scope.ResolveTownship(townshipId);
        await db.FindTownshipAsync(t, ct);
        if (deputyId is { } d) await db.FindVisibleAsync<Deputies.Deputy>(d, ct);
        return TypedResults.Ok(await db.SearchContactsAsync(t, year, deputyId, q, page ?? 1, pageSize ?? 20, ct));
    }

    public static async Task<Created<ContactListItem>> CreateVoterContact(ContactWrite body, CongressDbContext db, WorkCalendar calendar,
        CancellationToken ct)
    {
        var townshipId = db.Scope.ResolveTownship(body.TownshipId);
        var contact = await new VoterContactService(db, calendar).CreateContactAsync(townshipId, body.Contact, ct);
        var listed = await db.SearchContactsAsync(townshipId, null, contact.DeputyId, null, 1, 1, ct);
        var item = listed.Items.FirstOrDefault(c => c.Id == contact.Id)
            ?? new ContactListItem(contact.Id, contact.TownshipId, contact.DeputyId, "", contact.Date, contact.Constituents, contact.Way, contact.Raised, contact.Version);
        return TypedResults.Created($"/api/v1/voter-contacts?townshipId={townshipId}&deputyId={contact.DeputyId}", item);
    }

    public static async Task<Ok<ContactTargetsDto>> GetContactTargets(Guid? townshipId, int? year, CongressDbContext db, TimeProvider clock,
        CancellationToken ct)
    {
        var t = db.Scope.ResolveTownship(townshipId);
        await db.FindTownshipAsync(t, ct);
        var y = year ?? Formatting.ChineseDate.TodayInChina(clock).Year;
        var rules = await new CountyRulesService(db).ForTownshipAsync(t, ct);
        return TypedResults.Ok(new ContactTargetsDto(t, y, rules.Whole(VoterContactRules.PersonTimesPerYear), rules.Whole(VoterContactRules.DutyDaysPerYear),
            await db.ContactTargetsAsync(t, y, rules, ct)));
    }

    private static async Task<ReceptionDetails> DetailsAsync(CongressDbContext db, Guid id, CancellationToken ct)
    {
        var day = await db.FindVisibleAsync<ReceptionDay>(id, ct);
        var rules = await new CountyRulesService(db).ForTownshipAsync(day.TownshipId, ct);
        return await db.ReceptionDetailsAsync(id, rules, ct);
    }
}
