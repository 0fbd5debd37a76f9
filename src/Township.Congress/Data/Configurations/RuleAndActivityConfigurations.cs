using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.Activities;
using Township.Congress.Deputies;
using Township.Congress.Places;
using Township.Congress.Rules;

namespace Township.Congress.Data.Configurations;

internal sealed class CountySettingConfiguration : IEntityTypeConfiguration<CountySetting>
{
    public void Configure(EntityTypeBuilder<CountySetting> b)
    {
        b.Property(s => s.Key).HasMaxLength(100);
        b.Property(s => s.Value).HasPrecision(12, 2);
        b.HasIndex(s => new { s.CountyId, s.Key }).IsUnique();
        b.HasOne<County>().WithMany().HasForeignKey(s => s.CountyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> b)
    {
        b.Property(a => a.Subject).HasMaxLength(200);
        b.HasIndex(a => new { a.TownshipId, a.StartsOn });
        b.HasOne<Places.Township>().WithMany().HasForeignKey(a => a.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DeputyGroup>().WithMany().HasForeignKey(a => a.GroupId).OnDelete(DeleteBehavior.Restrict);
        ActivityParts.Configure(b);
    }
}

internal sealed class RectificationItemConfiguration : IEntityTypeConfiguration<Rectifications.RectificationItem>
{
    public void Configure(EntityTypeBuilder<Rectifications.RectificationItem> b)
    {
        b.Property(r => r.Matter).HasMaxLength(500);
        b.Property(r => r.OwnerUnitName).HasMaxLength(100);
        b.Property(r => r.Result).HasMaxLength(2000);
        b.HasIndex(r => new { r.Source, r.SourceId });
        b.HasIndex(r => new { r.TownshipId, r.Deadline });
        b.HasOne<Places.Township>().WithMany().HasForeignKey(r => r.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Suggestions.HandlingUnit>().WithMany().HasForeignKey(r => r.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
