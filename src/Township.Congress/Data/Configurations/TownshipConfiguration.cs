using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Township.Congress.Data.Configurations;

internal sealed class TownshipConfiguration : IEntityTypeConfiguration<Counties.Township>
{
    public void Configure(EntityTypeBuilder<Counties.Township> b)
    {
        b.Property(t => t.Name).HasMaxLength(64);
        b.HasOne(t => t.County).WithMany().HasForeignKey(t => t.CountyId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(t => t.Villages).WithOne().HasForeignKey(v => v.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(t => new { t.CountyId, t.Name }).IsUnique();
    }
}
