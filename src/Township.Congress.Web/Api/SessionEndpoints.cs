using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.PresidiumMeetings;
using Township.Congress.Sessions;
using Township.Congress.Web.Features.PresidiumMeetings;
using Township.Congress.Web.Features.Sessions;

namespace Township.Congress.Web.Api;

public sealed record PresidiumMeetingDto(Guid Id, Guid TownshipId, int NumberInYear, DateOnly Date, string Place, string PresidedBy,
    string Attendees, string Absentees, IReadOnlyList<string> Topics, IReadOnlyList<string> Decisions,
    IReadOnlyList<PresidiumActionDto> Actions, long Version, string NonVotingAttendees = "", string RecordedBy = "");

public sealed record PresidiumActionDto(Guid Id, string Description, string Owner, DateOnly DueOn, ActionStatus Status,
    DateOnly? CompletedOn, string Result, bool Overdue);

public static class SessionEndpoints
{
    public static void MapSessionApi(this IEndpointRouteBuilder api)
    {
        var sessions = api.MapGroup("/sessions").WithTags("sessions").ProducesApiProblems();
        sessions.MapGet("/", ListSessions).WithName("ListSessions").WithSummary("Sessions of the congress, by township and year")
            .ProducesNotFound();
        sessions.MapGet("/{id:guid}", GetSession).WithName("GetSession").WithSummary("One session with its agenda")
            .ProducesNotFound();
        sessions.MapGet("/{id:guid}/minutes.pdf", PrintSessionMinutes).WithName("PrintSessionMinutes")
            .WithSummary("The session's minutes as a PDF").ProducesPdf();
        sessions.MapGet("/{id:guid}/sign-in-sheet.pdf", PrintSignInSheet).WithName("PrintSignInSheet")
            .WithSummary("The session's sign-in sheet as a PDF").ProducesPdf();
        sessions.MapGet("/{id:guid}/ballots.pdf", PrintBallots).WithName("PrintBallots")
            .WithSummary("The session's ballots as a PDF").ProducesPdf();

        AgendaDocumentEndpoints.MapAgendaDocumentApi(api);

        var meetings = api.MapGroup("/presidium-meetings").WithTags("presidium meetings").ProducesApiProblems();
        meetings.MapGet("/", ListPresidiumMeetings).WithName("ListPresidiumMeetings")
            .WithSummary("Presidium meetings with their follow-up actions").ProducesNotFound();
        meetings.MapGet("/{id:guid}", GetPresidiumMeeting).WithName("GetPresidiumMeeting")
            .WithSummary("One presidium meeting").ProducesNotFound();
        meetings.MapGet("/{id:guid}/minutes.pdf", PrintPresidiumMinutes).WithName("PrintPresidiumMinutes")
            .WithSummary("The presidium meeting's minutes as a PDF").ProducesPdf();
    }

    public static async Task<Ok<IReadOnlyList<SessionListItem>>> ListSessions(Guid? townshipId, int? year, CongressDbContext db,
        CancellationToken ct)
    {
        if (townshipId is { } t) await db.FindTownshipAsync(t, ct);
        return TypedResults.Ok(await db.ListSessionsAsync(townshipId, year, ct));
    }

    public static async Task<Ok<SessionDetails>> GetSession(Guid id, CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.SessionDetailsAsync(id, ct));

    public static async Task<FileContentHttpResult> PrintSessionMinutes(Guid id, SessionPrints prints, CongressDbContext db,
        CancellationToken ct) => TypedResults.File(await prints.MinutesAsync(db, id, ct), ApiProblems.Pdf, "会议纪要.pdf");

    public static async Task<FileContentHttpResult> PrintSignInSheet(Guid id, SessionPrints prints, CongressDbContext db,
        CancellationToken ct) => TypedResults.File(await prints.SignInSheetAsync(db, id, ct), ApiProblems.Pdf, "签到表.pdf");

    public static async Task<FileContentHttpResult> PrintBallots(Guid id, SessionPrints prints, CongressDbContext db,
        CancellationToken ct) => TypedResults.File(await prints.BallotsAsync(db, id, ct), ApiProblems.Pdf, "选票.pdf");

    public static async Task<Ok<List<PresidiumMeetingDto>>> ListPresidiumMeetings(Guid? townshipId, int? year, CongressDbContext db,
        TimeProvider clock, CancellationToken ct)
    {
        if (townshipId is { } t) await db.FindTownshipAsync(t, ct);
        var today = Formatting.ChineseDate.TodayInChina(clock);
        return TypedResults.Ok((await db.MeetingsWithActionsAsync(townshipId, year, ct)).Select(m => ToDto(m, today)).ToList());
    }

    public static async Task<Ok<PresidiumMeetingDto>> GetPresidiumMeeting(Guid id, CongressDbContext db, TimeProvider clock,
        CancellationToken ct)
    {
        var meeting = await db.FindVisibleAsync<PresidiumMeeting>(id, ct);
        await db.Entry(meeting).Collection(m => m.Actions).LoadAsync(ct);
        return TypedResults.Ok(ToDto(meeting, Formatting.ChineseDate.TodayInChina(clock)));
    }

    public static async Task<FileContentHttpResult> PrintPresidiumMinutes(Guid id, PresidiumPrints prints, CongressDbContext db,
        CancellationToken ct) => TypedResults.File(await prints.MinutesAsync(db, id, ct), ApiProblems.Pdf, "主席团会议纪要.pdf");

    private static PresidiumMeetingDto ToDto(PresidiumMeeting m, DateOnly today) => new(m.Id, m.TownshipId, m.NumberInYear, m.Date,
        m.Place, m.PresidedBy, m.Attendees, m.Absentees, PresidiumMeeting.Lines(m.Topics), PresidiumMeeting.Lines(m.Decisions),
        m.Actions.OrderBy(a => a.DueOn).Select(a => new PresidiumActionDto(a.Id, a.Description, a.Owner, a.DueOn, a.Status,
            a.CompletedOn, a.Result, a.IsOverdue(today))).ToList(), m.Version, m.NonVotingAttendees, m.RecordedBy);
}
