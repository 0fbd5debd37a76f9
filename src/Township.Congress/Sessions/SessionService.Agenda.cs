using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Sessions;

/// <summary>The agenda: items added, edited, removed and reordered until the session closes (after that, by 更正 only).</summary>
public sealed partial class SessionService
{
    public async Task<AgendaItem> AddAgendaItemAsync(Guid sessionId, AgendaItemKind kind, string title, CancellationToken ct = default)
    {
        var session = await SessionForAsync(sessionId, SessionAction.AddAgendaItem, ct);
        title = AgendaTitle(title);
        var order = 1 + (await db.Set<AgendaItem>().Where(a => a.SessionId == sessionId).MaxAsync(a => (int?)a.Order, ct) ?? 0);
        var item = new AgendaItem { TownshipId = session.TownshipId, SessionId = sessionId, Kind = kind, Title = title, Order = order };
        db.Add(item);
        await db.SaveChangesAsync(ct);
        return item;
    }

    public async Task<AgendaItem> UpdateAgendaItemAsync(Guid agendaItemId, AgendaItemKind kind, string title, long version, CancellationToken ct = default)
    {
        var item = await db.FindVisibleAsync<AgendaItem>(agendaItemId, ct);
        await SessionForAsync(item.SessionId, SessionAction.EditAgendaItem, ct);
        title = AgendaTitle(title);
        db.EditingVersion(item, version);
        item.Kind = kind;
        item.Title = title;
        await db.SaveChangesAsync(ct);
        return item;
    }

    /// <summary>Removes an item on which nothing was decided yet (votes, elections and projects keep theirs); the rest close up.</summary>
    public async Task RemoveAgendaItemAsync(Guid agendaItemId, long version, CancellationToken ct = default)
    {
        var item = await db.FindVisibleAsync<AgendaItem>(agendaItemId, ct);
        await SessionForAsync(item.SessionId, SessionAction.EditAgendaItem, ct);
        if (await db.Set<SessionVote>().AnyAsync(v => v.AgendaItemId == agendaItemId, ct)
            || await db.Set<Election>().AnyAsync(e => e.AgendaItemId == agendaItemId, ct)
            || await db.Set<LivelihoodCandidate>().AnyAsync(c => c.AgendaItemId == agendaItemId, ct))
            throw new DomainValidationException([new("AgendaItemId", string.Format(ModelText.Agenda_ItemHasRecords, item.Title))]);
        db.EditingVersion(item, version);
        db.Remove(item);
        var rest = await db.Set<AgendaItem>().Where(a => a.SessionId == item.SessionId && a.Id != agendaItemId).OrderBy(a => a.Order).ToListAsync(ct);
        for (var i = 0; i < rest.Count; i++) rest[i].Order = i + 1;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Moves an item one place up (<paramref name="by"/> = -1) or down (+1), swapping with its neighbour.</summary>
    public async Task MoveAgendaItemAsync(Guid agendaItemId, int by, long version, CancellationToken ct = default)
    {
        var item = await db.FindVisibleAsync<AgendaItem>(agendaItemId, ct);
        await SessionForAsync(item.SessionId, SessionAction.EditAgendaItem, ct);
        if (by is not (-1 or 1)) throw new DomainValidationException([new("By", ModelText.Agenda_MoveOneStep)]);
        db.EditingVersion(item, version);
        var items = await db.Set<AgendaItem>().Where(a => a.SessionId == item.SessionId).OrderBy(a => a.Order).ToListAsync(ct);
        var at = items.IndexOf(item);
        var to = at + by;
        if (to < 0 || to >= items.Count) throw new DomainValidationException([new("By", by < 0 ? ModelText.Agenda_AlreadyFirst : ModelText.Agenda_AlreadyLast)]);
        (items[at], items[to]) = (items[to], items[at]);
        for (var i = 0; i < items.Count; i++) items[i].Order = i + 1;
        await db.SaveChangesAsync(ct);
    }

    public async Task SetOpinionsAsync(Guid agendaItemId, string opinions, long version, CancellationToken ct = default)
    {
        var item = await db.FindVisibleAsync<AgendaItem>(agendaItemId, ct);
        await SessionForAsync(item.SessionId, SessionAction.RecordOpinions, ct);
        db.EditingVersion(item, version);
        item.DeliberationOpinions = opinions.Trim();
        await db.SaveChangesAsync(ct);
    }

    private static string AgendaTitle(string title)
    {
        title = title.Trim();
        if (title.Length == 0) throw new DomainValidationException([new("Title", ModelText.Agenda_NameRequired)]);
        if (title.Length > 200) throw new DomainValidationException([new("Title", ModelText.Agenda_NameTooLong)]);
        return title;
    }
}
