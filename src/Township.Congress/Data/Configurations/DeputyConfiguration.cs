using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.Deputies;
using Township.Congress.Places;

namespace Township.Congress.Data.Configurations;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

internal sealed class DeputyConfiguration : IEntityTypeConfiguration<Deputy>
{
    public void Configure(EntityTypeBuilder<Deputy> b)
    {
        b.Property(d => d.Name).HasMaxLength(32);
        b.Property(d => d.NameInitials).HasMaxLength(32);
        b.Property(d => d.NamePinyin).HasMaxLength(64);
        b.Property(d => d.NameSortKey).HasMaxLength(Formatting.NameCollation.KeyLength);
        b.Property(d => d.NameStrokeKey).HasMaxLength(Formatting.NameCollation.KeyLength);
        b.Property(d => d.Ethnicity).HasMaxLength(16);
        b.Property(d => d.IdCardNumber).HasMaxLength(18);
        b.Property(d => d.Affiliation).HasMaxLength(16);
        b.Property(d => d.Education).HasMaxLength(16);
        b.Property(d => d.Occupation).HasMaxLength(64);
        b.Property(d => d.WorkUnit).HasMaxLength(64);
        b.Property(d => d.Constituency).HasMaxLength(64);
        b.Property(d => d.Phone).HasMaxLength(20);
        b.HasOne<Township>().WithMany().HasForeignKey(d => d.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Term>().WithMany().HasForeignKey(d => d.TermId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Village>().WithMany().HasForeignKey(d => d.VillageId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(d => d.Group).WithMany(g => g.Members).HasForeignKey(d => d.GroupId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(d => d.StatusHistory).WithOne().HasForeignKey(s => s.DeputyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => new { d.TownshipId, d.Name });
        b.HasIndex(d => new { d.TownshipId, d.IdCardNumber });
        b.HasIndex(d => new { d.TownshipId, d.NameSortKey });
    }
}
