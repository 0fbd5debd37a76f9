using Township.Congress.Formatting;
using Township.Congress.Model;

namespace Township.Congress.Places;

/// <summary>届 — a five-year term of a township congress, e.g. 第十三届 (2021–2026).</summary>
public class Term : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public int Ordinal { get; set; }
    public int StartYear { get; set; }
    public int EndYear { get; set; }
    public bool IsCurrent { get; set; }

    public string Name => ChineseNumerals.TermOrdinal(Ordinal);
}
