using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.Counties;

namespace Township.Congress.Data.Configurations;

internal sealed class TermConfiguration : IEntityTypeConfiguration<Term>
{
    public void Configure(EntityTypeBuilder<Term> b)
    {
        b.Ignore(t => t.Name);
        b.HasOne<Counties.Township>().WithMany().HasForeignKey(t => t.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(t => new { t.TownshipId, t.Ordinal }).IsUnique();
    }
}
