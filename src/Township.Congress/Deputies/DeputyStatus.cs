namespace Township.Congress.Deputies;

/// <summary>A deputy's standing. Leaving office never deletes the deputy: history is kept.</summary>
public enum DeputyStatus
{
    /// <summary>在任</summary>
    InOffice,
    /// <summary>辞职</summary>
    Resigned,
    /// <summary>罢免</summary>
    Recalled,
    /// <summary>调离</summary>
    TransferredOut,
    /// <summary>去世</summary>
    Deceased,
}
