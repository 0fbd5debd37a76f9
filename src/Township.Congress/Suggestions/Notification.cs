using Township.Congress.Model;

namespace Township.Congress.Suggestions;

/// <summary>
/// An in-app notice for one user (the notification centre in the app bar). One row per
/// recipient, so "read" is simply a date on the row.
/// </summary>
public class Notification : Entity
{
    public Guid UserId { get; set; }
    public Guid? SuggestionId { get; set; }
    public NotificationKind Kind { get; set; }
    public string Text { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ReadAtUtc { get; set; }
}
