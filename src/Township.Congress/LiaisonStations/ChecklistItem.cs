using Township.Congress.Model;

namespace Township.Congress.LiaisonStations;

/// <summary>One item of the 九有 checklist: met or not, with a note.</summary>
public class ChecklistItem : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid StationId { get; set; }
    public NineHas Item { get; set; }
    public bool Met { get; set; }
    public string Note { get; set; } = "";
}
