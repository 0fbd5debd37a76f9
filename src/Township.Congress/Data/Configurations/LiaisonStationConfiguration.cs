using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.LiaisonStations;

namespace Township.Congress.Data.Configurations;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

internal sealed class LiaisonStationConfiguration : IEntityTypeConfiguration<LiaisonStation>
{
    public void Configure(EntityTypeBuilder<LiaisonStation> b)
    {
        b.Property(s => s.Name).HasMaxLength(64);
        b.Property(s => s.Venue).HasMaxLength(128);
        b.Property(s => s.OpeningHours).HasMaxLength(128);
        b.Property(s => s.DutyRoster).HasMaxLength(2000);
        b.HasOne<Township>().WithMany().HasForeignKey(s => s.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Checklist).WithOne().HasForeignKey(i => i.StationId).OnDelete(DeleteBehavior.Cascade);
    }
}
