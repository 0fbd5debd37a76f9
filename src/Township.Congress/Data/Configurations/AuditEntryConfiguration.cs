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
        // One row per place in the chain: a second sealer racing the first fails instead of forking it.
        b.HasIndex(a => a.Seq).IsUnique();
        b.Property(a => a.PrevHash).HasMaxLength(64).IsUnicode(false);
        b.Property(a => a.Hash).HasMaxLength(64).IsUnicode(false);
    }
}

internal sealed class AuditChainStateConfiguration : IEntityTypeConfiguration<AuditChainState>
{
    public void Configure(EntityTypeBuilder<AuditChainState> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.AnchorHash).HasMaxLength(64).IsUnicode(false);
        b.Property(s => s.HeadHash).HasMaxLength(64).IsUnicode(false);
    }
}
