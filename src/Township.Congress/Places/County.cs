using Township.Congress.Model;

namespace Township.Congress.Places;

/// <summary>县/区/县级市 — one deployment serves one county and its townships.</summary>
public class County : EditableEntity
{
    public required string Name { get; set; }

    /// <summary>The prefecture or province line printed above the county name, e.g. 喀什地区.</summary>
    public string? Region { get; set; }
}
