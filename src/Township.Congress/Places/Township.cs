using Township.Congress.Model;

namespace Township.Congress.Places;

/// <summary>乡/镇/街道 — the unit every secretary works in and every record belongs to.</summary>
public class Township : EditableEntity
{
    public Guid CountyId { get; set; }
    public County? County { get; set; }
    public required string Name { get; set; }
    public TownshipKind Kind { get; set; }

    /// <summary>Sort order within the county, as the county lists its townships.</summary>
    public int Number { get; set; }
    public int Population { get; set; }
    public double AreaKm2 { get; set; }
    public List<Village> Villages { get; set; } = [];
}
