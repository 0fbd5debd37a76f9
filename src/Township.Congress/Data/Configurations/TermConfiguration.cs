using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.Places;

namespace Township.Congress.Data.Configurations;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

internal sealed class TermConfiguration : IEntityTypeConfiguration<Term>
{
    public void Configure(EntityTypeBuilder<Term> b)
    {
        b.Ignore(t => t.Name);
        b.HasOne<Township>().WithMany().HasForeignKey(t => t.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(t => new { t.TownshipId, t.Ordinal }).IsUnique();
    }
}
