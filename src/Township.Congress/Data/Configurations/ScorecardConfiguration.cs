using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.Scorecards;

namespace Township.Congress.Data.Configurations;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

internal sealed class ScorecardHandScoreConfiguration : IEntityTypeConfiguration<ScorecardHandScore>
{
    public void Configure(EntityTypeBuilder<ScorecardHandScore> b)
    {
        b.Property(s => s.Points).HasPrecision(6, 1);
        b.Property(s => s.Note).HasMaxLength(500);
        b.Property(s => s.ScoredBy).HasMaxLength(64);
        b.Property(s => s.EvidenceName).HasMaxLength(200);
        b.Property(s => s.EvidenceType).HasMaxLength(100);
        b.HasIndex(s => new { s.TownshipId, s.Year, s.Criterion }).IsUnique();
        b.HasOne<Township>().WithMany().HasForeignKey(s => s.TownshipId).OnDelete(DeleteBehavior.Restrict);
    }
}
