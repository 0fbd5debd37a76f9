using Township.Congress.Model;

namespace Township.Congress.Figures;

/// <summary>
/// A figure of a township-year kept ready because computing it per request is too slow for a county page (the deputies
/// flagged need every deputy's record). Refreshed by the rollup job (<see cref="FigureRollups.RefreshAsync"/>); not a record
/// people change, so not audited, and read through the township filter like the records it is computed from.
/// </summary>
public class FigureRollup : ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public int Year { get; set; }

    /// <summary>Which figure, e.g. <see cref="FigureRollups.DeputiesFlagged"/>.</summary>
    public string Key { get; set; } = "";

    public int Value { get; set; }

    /// <summary>When the value was computed (UTC); the dashboards show it as 截至 HH:mm in China's time.</summary>
    public DateTime ComputedUtc { get; set; }
}
