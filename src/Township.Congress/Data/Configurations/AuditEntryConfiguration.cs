using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.Auditing;

namespace Township.Congress.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.UserName).HasMaxLength(64);
        b.Property(a => a.EntityType).HasMaxLength(64);
        b.Property(a => a.EntityKey).HasMaxLength(64);
        // The changed fields as JSON: room for an item's longest texts with their escapes.
        b.Property(a => a.Changes).HasMaxLength(1_000_000);
        b.HasIndex(a => a.AtUtc);
        b.HasIndex(a => new { a.TownshipId, a.AtUtc });
        b.HasIndex(a => new { a.EntityType, a.EntityKey });
    }
}
