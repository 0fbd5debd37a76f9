using Township.Congress.Model;

namespace Township.Congress.Scorecards;

/// <summary>
/// A criterion the county scores by hand for one township and year, with who scored it and when, and the evidence (a checked
/// upload) it relied on. One per township, year and criterion; edited with its version.
/// </summary>
public class ScorecardHandScore : EditableEntity, ITownshipOwned
{
    public Guid TownshipId { get; set; }
    public int Year { get; set; }
    public ScorecardCriterion Criterion { get; set; }
    public decimal Points { get; set; }
    public string Note { get; set; } = "";
    public string ScoredBy { get; set; } = "";
    public DateTime ScoredAtUtc { get; set; }
    public string? EvidenceName { get; set; }
    public string? EvidenceType { get; set; }
    public long EvidenceBytes { get; set; }
    public byte[]? Evidence { get; set; }
}

/// <summary>What the county enters for a hand-scored criterion; <paramref name="Version"/> is the one it saw (0 for none yet).</summary>
public sealed record HandScoreInput(decimal? Points, string? Note, long Version);
