using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.Figures;

namespace Township.Congress.Data.Configurations;

internal sealed class FigureRollupConfiguration : IEntityTypeConfiguration<FigureRollup>
{
    public void Configure(EntityTypeBuilder<FigureRollup> b)
    {
        b.HasKey(r => new { r.TownshipId, r.Year, r.Key });
        b.Property(r => r.Key).HasMaxLength(64);
        // A province-wide or national rollup sums one figure of one year over every township.
        b.HasIndex(r => new { r.Year, r.Key });
        b.HasOne<Places.Township>().WithMany().HasForeignKey(r => r.TownshipId).OnDelete(DeleteBehavior.Cascade);
    }
}
