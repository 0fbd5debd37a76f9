namespace Township.Congress.Places;

/// <summary>乡 / 民族乡 / 镇 / 街道.</summary>
public enum TownshipKind
{
    /// <summary>乡</summary>
    Xiang,
    /// <summary>民族乡</summary>
    EthnicXiang,
    /// <summary>镇</summary>
    Zhen,
    /// <summary>街道</summary>
    Subdistrict,
}
