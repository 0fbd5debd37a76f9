using Microsoft.AspNetCore.Http.HttpResults;
using Township.Congress.Data;
using Township.Congress.Suggestions;

namespace Township.Congress.Web.Api;

/// <summary>POST /api/v1/notifications/read-all: how many notices were marked read.</summary>
public sealed record MarkedRead(int Marked);

/// <summary>The signed-in user's own notices (even an administrator's list is only their own).</summary>
public static class NotificationEndpoints
{
    public static void MapNotificationApi(this IEndpointRouteBuilder api)
    {
        var notices = api.MapGroup("/notifications").WithTags("notifications").ProducesApiProblems();
        notices.MapGet("/", ListNotifications).WithName("ListNotifications").WithSummary("The user's latest notices and unread count");
        notices.MapPost("/{id:guid}/read", MarkNotificationRead).WithName("MarkNotificationRead")
            .WithSummary("Mark one notice read").ProducesNotFound();
        notices.MapPost("/read-all", MarkAllNotificationsRead).WithName("MarkAllNotificationsRead")
            .WithSummary("Mark all the user's notices read");
    }

    public static async Task<Ok<NotificationList>> ListNotifications(int? take, CongressDbContext db, CancellationToken ct)
    {
        var latest = await NotificationQueries.LatestAsync(db, Math.Clamp(take ?? NotificationQueries.Latest, 1, 100), ct);
        return TypedResults.Ok(new NotificationList(await NotificationQueries.UnreadCountAsync(db, ct),
            latest.Select(n => new NotificationDto(n.Id, n.Kind, n.Text, n.SuggestionId, n.CreatedAtUtc, n.ReadAtUtc)).ToList()));
    }

    public static async Task<NoContent> MarkNotificationRead(Guid id, CongressDbContext db, CancellationToken ct) =>
        await NotificationQueries.MarkReadAsync(db, id, ct) ? TypedResults.NoContent() : throw new KeyNotFoundException($"Notification {id}");

    public static async Task<Ok<MarkedRead>> MarkAllNotificationsRead(CongressDbContext db, CancellationToken ct) =>
        TypedResults.Ok(new MarkedRead(await NotificationQueries.MarkAllReadAsync(db, ct)));
}
