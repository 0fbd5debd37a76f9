using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Deputies;

/// <summary>One deputy group with its members, as the groups page shows it.</summary>
public sealed record GroupSummary(Guid Id, string Name, int SortOrder, Guid? LeaderId, Guid? DeputyLeaderId,
    IReadOnlyList<(Guid Id, string Name)> Members, long Version);

/// <summary>代表小组: create, rename, assign members, set 组长 and 副组长.</summary>
public sealed class DeputyGroupService(CongressDbContext db)
{
    public async Task<IReadOnlyList<GroupSummary>> ListAsync(Guid townshipId, CancellationToken ct = default)
    {
        var groups = await db.DeputyGroups.AsNoTracking().Where(g => g.TownshipId == townshipId).OrderBy(g => g.SortOrder).ThenBy(g => g.Name).ToListAsync(ct);
        var members = await db.Deputies.AsNoTracking()
            .Where(d => d.TownshipId == townshipId && d.GroupId != null && d.Status == DeputyStatus.InOffice)
            .OrderBy(d => d.NameInitials).Select(d => new { d.Id, d.Name, d.GroupId }).ToListAsync(ct);
        return groups.Select(g => new GroupSummary(g.Id, g.Name, g.SortOrder, g.LeaderId, g.DeputyLeaderId,
            members.Where(m => m.GroupId == g.Id).Select(m => (m.Id, m.Name)).ToList(), g.Version)).ToList();
    }

    public async Task<DeputyGroup> CreateAsync(Guid townshipId, string name, CancellationToken ct = default)
    {
        await db.FindTownshipAsync(townshipId, ct);
        name = name.Trim();
        await ValidateNameAsync(townshipId, name, null, ct);
        var order = await db.DeputyGroups.Where(g => g.TownshipId == townshipId).MaxAsync(g => (int?)g.SortOrder, ct) ?? 0;
        var group = new DeputyGroup { TownshipId = townshipId, Name = name, SortOrder = order + 1 };
        db.DeputyGroups.Add(group);
        await db.SaveChangesAsync(ct);
        return group;
    }

    public async Task RenameAsync(Guid groupId, string name, long version, CancellationToken ct = default)
    {
        var group = await db.FindVisibleAsync<DeputyGroup>(groupId, ct);
        name = name.Trim();
        await ValidateNameAsync(group.TownshipId, name, groupId, ct);
        db.EditingVersion(group, version);
        group.Name = name;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Sets the members, leader and deputy leader in one save; leaders must be members. A member
    /// taken from another group where they were 组长/副组长 leaves that role empty.
    /// </summary>
    public async Task SetMembersAsync(Guid groupId, IReadOnlyCollection<Guid> memberIds, Guid? leaderId, Guid? deputyLeaderId,
        long version, CancellationToken ct = default)
    {
        var group = await db.FindVisibleAsync<DeputyGroup>(groupId, ct);
        var errors = new List<ValidationError>();
        if (leaderId is { } l && !memberIds.Contains(l)) errors.Add(new("LeaderId", ModelText.Group_LeaderNotMember));
        if (deputyLeaderId is { } dl && !memberIds.Contains(dl)) errors.Add(new("DeputyLeaderId", ModelText.Group_DeputyLeaderNotMember));
        if (leaderId is not null && leaderId == deputyLeaderId) errors.Add(new("DeputyLeaderId", ModelText.Group_LeadersSamePerson));
        var wanted = await db.Deputies.Where(d => memberIds.Contains(d.Id)).ToListAsync(ct);
        if (wanted.Count != memberIds.Count || wanted.Any(d => d.TownshipId != group.TownshipId))
            errors.Add(new("Members", ModelText.Group_DeputyOfOtherTownship));
        DomainValidationException.ThrowIfAny(errors);

        db.EditingVersion(group, version);
        var current = await db.Deputies.Where(d => d.GroupId == groupId).ToListAsync(ct);
        foreach (var d in current.Where(d => !memberIds.Contains(d.Id))) d.GroupId = null;
        foreach (var d in wanted) d.GroupId = groupId;
        // Members taken from another group give up their roles there (the page asked first).
        await GroupLeadership.ReleaseLeadersWhoLeftAsync(db, ct);
        group.LeaderId = leaderId;
        group.DeputyLeaderId = deputyLeaderId;
        await db.SaveChangesAsync(ct);
    }

    private async Task ValidateNameAsync(Guid townshipId, string name, Guid? self, CancellationToken ct)
    {
        var errors = new List<ValidationError>();
        if (name.Length == 0) errors.Add(new("Name", ModelText.Group_NameRequired));
        else if (name.Length > 64) errors.Add(new("Name", ModelText.Group_NameTooLong));
        else if (await db.DeputyGroups.AnyAsync(g => g.TownshipId == townshipId && g.Name == name && g.Id != self, ct))
            errors.Add(new("Name", string.Format(ModelText.Group_NameTaken, name)));
        DomainValidationException.ThrowIfAny(errors);
    }
}
