using Township.Congress.Model;

namespace Township.Congress.Deputies;

/// <summary>代表小组 — holds at least two activities a year; members are deputies whose GroupId is this.</summary>
public class DeputyGroup : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public required string Name { get; set; }

    /// <summary>组长.</summary>
    public Guid? LeaderId { get; set; }

    /// <summary>副组长.</summary>
    public Guid? DeputyLeaderId { get; set; }
    public int SortOrder { get; set; }
    public List<Deputy> Members { get; set; } = [];
}
