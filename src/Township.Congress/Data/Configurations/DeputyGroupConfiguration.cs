using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.Deputies;

namespace Township.Congress.Data.Configurations;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

internal sealed class DeputyGroupConfiguration : IEntityTypeConfiguration<DeputyGroup>
{
    public void Configure(EntityTypeBuilder<DeputyGroup> b)
    {
        b.Property(g => g.Name).HasMaxLength(64);
        b.HasOne<Township>().WithMany().HasForeignKey(g => g.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(g => new { g.TownshipId, g.Name }).IsUnique();
    }
}
