using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.Places;

namespace Township.Congress.Data.Configurations;

internal sealed class CountyConfiguration : IEntityTypeConfiguration<County>
{
    public void Configure(EntityTypeBuilder<County> b)
    {
        b.Property(c => c.Name).HasMaxLength(64);
        b.Property(c => c.Region).HasMaxLength(64);
    }
}
