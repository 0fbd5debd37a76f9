using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.PresidiumMeetings;
using Township.Congress.Sessions;
using Township.Congress.Web.Features.PresidiumMeetings;
using Township.Congress.Web.Features.Sessions;

namespace Township.Congress.Web.Api;

public sealed record PresidiumMeetingDto(Guid Id, Guid TownshipId, int NumberInYear, DateOnly Date, string Place, string PresidedBy,
    string Attendees, string Absentees, IReadOnlyList<string> Topics, IReadOnlyList<string> Decisions,
    IReadOnlyList<PresidiumActionDto> Actions, long Version);

public sealed record PresidiumActionDto(Guid Id, string Description, string Owner, DateOnly DueOn, ActionStatus Status,
    DateOnly? CompletedOn, string Result, bool Overdue);

public static class SessionEndpoints
{
    public static void MapSessionApi(this IEndpointRouteBuilder api)
    {
        var sessions = api.MapGroup("/sessions").WithTags("sessions");
        sessions.MapGet("/", async (Guid? townshipId, int? year, CongressDbContext db, CancellationToken ct) =>
        {
            if (townshipId is { } t) await db.FindTownshipAsync(t, ct);
            return await db.ListSessionsAsync(townshipId, year, ct);
        });
        sessions.MapGet("/{id:guid}", async (Guid id, CongressDbContext db, CancellationToken ct) => await db.SessionDetailsAsync(id, ct));
        sessions.MapGet("/{id:guid}/minutes.pdf", async (Guid id, SessionPrints prints, CongressDbContext db, CancellationToken ct) =>
            Results.File(await prints.MinutesAsync(db, id, ct), "application/pdf", "会议纪要.pdf"));
        sessions.MapGet("/{id:guid}/sign-in-sheet.pdf", async (Guid id, SessionPrints prints, CongressDbContext db, CancellationToken ct) =>
            Results.File(await prints.SignInSheetAsync(db, id, ct), "application/pdf", "签到表.pdf"));
        sessions.MapGet("/{id:guid}/ballots.pdf", async (Guid id, SessionPrints prints, CongressDbContext db, CancellationToken ct) =>
            Results.File(await prints.BallotsAsync(db, id, ct), "application/pdf", "选票.pdf"));

        MapDocuments(api);

        var meetings = api.MapGroup("/presidium-meetings").WithTags("presidium meetings");
        meetings.MapGet("/", async (Guid? townshipId, int? year, CongressDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            if (townshipId is { } t) await db.FindTownshipAsync(t, ct);
            var today = Formatting.ChineseDate.TodayInChina(clock);
            return (await db.MeetingsWithActionsAsync(townshipId, year, ct)).Select(m => ToDto(m, today)).ToList();
        });
        meetings.MapGet("/{id:guid}", async (Guid id, CongressDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var meeting = await db.FindVisibleAsync<PresidiumMeeting>(id, ct);
            await db.Entry(meeting).Collection(m => m.Actions).LoadAsync(ct);
            return ToDto(meeting, Formatting.ChineseDate.TodayInChina(clock));
        });
        meetings.MapGet("/{id:guid}/minutes.pdf", async (Guid id, PresidiumPrints prints, CongressDbContext db, CancellationToken ct) =>
            Results.File(await prints.MinutesAsync(db, id, ct), "application/pdf", "主席团会议纪要.pdf"));
    }

    /// <summary>Documents attached to agenda items; the bytes are stored in the database.</summary>
    private static void MapDocuments(IEndpointRouteBuilder api)
    {
        var options = api.ServiceProvider.GetRequiredService<DocumentOptions>();
        // Room for the multipart framing around a file of the largest allowed size.
        var requestLimit = options.MaxBytes + 1024 * 1024;

        var items = api.MapGroup("/agenda-items/{id:guid}/documents").WithTags("agenda documents");
        items.MapGet("/", async (Guid id, AgendaDocumentService documents, CancellationToken ct) => await documents.ListAsync(id, ct));
        items.MapPost("/", async (Guid id, IFormFile file, AgendaDocumentService documents, CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                var created = await documents.UploadAsync(id, file.FileName, stream, ct);
                return Results.Created($"/api/v1/documents/{created.Id}", created);
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(requestLimit))
            .WithFormOptions(multipartBodyLengthLimit: requestLimit);

        var single = api.MapGroup("/documents").WithTags("agenda documents");
        single.MapGet("/{id:guid}", async (Guid id, AgendaDocumentService documents, CancellationToken ct) =>
        {
            var (fileName, contentType, content) = await documents.DownloadAsync(id, ct);
            return Results.File(content, contentType, fileName);
        });
        single.MapDelete("/{id:guid}", async (Guid id, long version, AgendaDocumentService documents, CancellationToken ct) =>
        {
            await documents.DeleteAsync(id, version, ct);
            return Results.NoContent();
        });
    }

    private static PresidiumMeetingDto ToDto(PresidiumMeeting m, DateOnly today) => new(m.Id, m.TownshipId, m.NumberInYear, m.Date,
        m.Place, m.PresidedBy, m.Attendees, m.Absentees, PresidiumMeeting.Lines(m.Topics), PresidiumMeeting.Lines(m.Decisions),
        m.Actions.OrderBy(a => a.DueOn).Select(a => new PresidiumActionDto(a.Id, a.Description, a.Owner, a.DueOn, a.Status,
            a.CompletedOn, a.Result, a.IsOverdue(today))).ToList(), m.Version);
}
