using Township.Congress.Model;

namespace Township.Congress.Places;

/// <summary>行政村 (or 社区) of a township.</summary>
public class Village : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
}
