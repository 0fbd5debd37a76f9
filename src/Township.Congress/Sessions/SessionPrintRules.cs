using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Sessions;

/// <summary>Which of a session's prints exist in which state: pages and the API ask the same rule.</summary>
public static class SessionPrintRules
{
    /// <summary>
    /// Minutes record what happened: a session that never opened has no attendance, no quorum and no
    /// votes to tell, so its "minutes" would be a signed page saying nothing was held.
    /// </summary>
    public static string? MinutesRefusal(SessionStatus status) =>
        status == SessionStatus.Planned ? ModelText.Session_NoMinutesBeforeOpening : null;

    public static void EnsureMinutes(SessionStatus status)
    {
        if (MinutesRefusal(status) is { } why) throw new DocumentNotAvailableException(why);
    }
}
