using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.LiaisonStations;

namespace Township.Congress.Data.Configurations;

internal sealed class ChecklistItemConfiguration : IEntityTypeConfiguration<ChecklistItem>
{
    public void Configure(EntityTypeBuilder<ChecklistItem> b)
    {
        b.Property(i => i.Note).HasMaxLength(500);
        b.HasIndex(i => new { i.StationId, i.Item }).IsUnique();
    }
}
