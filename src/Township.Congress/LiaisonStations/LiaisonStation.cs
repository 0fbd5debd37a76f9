using Township.Congress.Model;

namespace Township.Congress.LiaisonStations;

/// <summary>代表之家 / 代表联络站 — where deputies meet constituents.</summary>
public class LiaisonStation : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public required string Name { get; set; }

    /// <summary>True for 代表之家, false for 代表联络站.</summary>
    public bool IsDeputyHome { get; set; }
    public string Venue { get; set; } = "";
    public string OpeningHours { get; set; } = "";

    /// <summary>值班安排, free text: which deputies are on duty when.</summary>
    public string DutyRoster { get; set; } = "";
    public List<ChecklistItem> Checklist { get; set; } = [];
}
