namespace Township.Congress.Deputies;

/// <summary>
/// The congress levels at which one person holds a seat: a township roster commonly lists
/// county and city deputies living there too.
/// </summary>
[Flags]
public enum DeputyLevels
{
    None = 0,
    /// <summary>乡镇</summary>
    Township = 1,
    /// <summary>县区</summary>
    County = 2,
    /// <summary>市</summary>
    City = 4,
    /// <summary>省</summary>
    Province = 8,
    /// <summary>全国</summary>
    National = 16,
}
