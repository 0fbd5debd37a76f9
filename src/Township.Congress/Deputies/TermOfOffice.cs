namespace Township.Congress.Deputies;

/// <summary>Whether a deputy held office on a given day, read from the dated status history.</summary>
public static class TermOfOffice
{
    public static bool InOfficeOn(Deputy deputy, IEnumerable<DeputyStatusChange> history, DateOnly day)
    {
        if (deputy.TookOfficeOn is { } took && day < took) return false;
        var changes = history.OrderBy(h => h.EffectiveOn).ThenBy(h => h.RecordedAtUtc).ToList();
        var status = changes.Count > 0 ? changes[0].From : deputy.Status;
        foreach (var change in changes)
        {
            // A change effective on the day applies from that day: a deputy who resigned on the
            // session's first day is not on its roll.
            if (change.EffectiveOn > day) break;
            status = change.To;
        }
        return status == DeputyStatus.InOffice;
    }
}
