using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;

namespace Township.Congress.Deputies;

/// <summary>
/// Keeps a group's 组长 and 副组长 among its members: a deputy who leaves a group (moved to another,
/// or out of all) gives up the role there, whichever path moved them — the form, the groups page,
/// the API or an import. Without it the old group showed its leader as "（已离任）".
/// </summary>
public static class GroupLeadership
{
    /// <summary>Clears the roles the pending, unsaved group moves in <paramref name="db"/> leave behind.</summary>
    internal static async Task ReleaseLeadersWhoLeftAsync(CongressDbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var moves = db.ChangeTracker.Entries<Deputy>()
            .Where(e => e.State == EntityState.Modified && e.Property(d => d.GroupId).IsModified)
            .Select(e => (e.Entity.Id, From: e.Property(d => d.GroupId).OriginalValue, To: e.Entity.GroupId))
            .Where(m => m.From is not null && m.From != m.To)
            .ToList();
        if (moves.Count == 0) return;
        var fromIds = moves.Select(m => m.From!.Value).Distinct().ToList();
        var groups = await db.DeputyGroups.Where(g => fromIds.Contains(g.Id)).ToListAsync(ct);
        foreach (var group in groups)
        {
            var left = moves.Where(m => m.From == group.Id).Select(m => m.Id).ToHashSet();
            if (group.LeaderId is { } l && left.Contains(l)) group.LeaderId = null;
            if (group.DeputyLeaderId is { } dl && left.Contains(dl)) group.DeputyLeaderId = null;
        }
    }

    /// <summary>
    /// The roles moving <paramref name="deputyIds"/> into <paramref name="groupId"/> (null: out of all
    /// groups) would end, one sentence each ("张三现任第二代表小组组长"), for the UI to ask first.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RolesEndedByMovingAsync(CongressDbContext db, IReadOnlyCollection<Guid> deputyIds,
        Guid? groupId, CancellationToken ct)
    {
        var rows = await db.Deputies.AsNoTracking()
            .Where(d => deputyIds.Contains(d.Id) && d.GroupId != null && d.GroupId != groupId)
            .Where(d => d.Group!.LeaderId == d.Id || d.Group.DeputyLeaderId == d.Id)
            .Select(d => new { d.Name, Group = d.Group!.Name, Leader = d.Group.LeaderId == d.Id })
            .ToListAsync(ct);
        return rows.Select(r => $"{r.Name}现任{r.Group}{(r.Leader ? "组长" : "副组长")}").ToList(); // Chinese by design: the posts named in the question before a move
    }
}
