using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.Deputies;

namespace Township.Congress.Data.Configurations;

internal sealed class DeputyStatusChangeConfiguration : IEntityTypeConfiguration<DeputyStatusChange>
{
    public void Configure(EntityTypeBuilder<DeputyStatusChange> b)
    {
        b.Property(s => s.Reason).HasMaxLength(200);
        b.Property(s => s.RecordedBy).HasMaxLength(64);
    }
}
