using Township.Congress.Model;

namespace Township.Congress.Sessions;

/// <summary>Who holds an elected office of the township in a term, and from which election.</summary>
public class OfficeHolder : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public Guid TermId { get; set; }
    public ElectionOffice Office { get; set; }
    public string OfficeTitle { get; set; } = "";
    public required string Name { get; set; }
    public Guid? DeputyId { get; set; }
    public Guid ElectionId { get; set; }
    public DateOnly Since { get; set; }
}
