using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Township.Congress.Data.Configurations;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

internal sealed class TownshipConfiguration : IEntityTypeConfiguration<Township>
{
    public void Configure(EntityTypeBuilder<Township> b)
    {
        b.Property(t => t.Name).HasMaxLength(64);
        b.HasOne(t => t.County).WithMany().HasForeignKey(t => t.CountyId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(t => t.Villages).WithOne().HasForeignKey(v => v.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(t => new { t.CountyId, t.Name }).IsUnique();
    }
}
