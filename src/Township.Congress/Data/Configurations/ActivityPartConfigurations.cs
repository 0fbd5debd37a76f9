using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.Activities;
using Township.Congress.Deputies;
using Township.Congress.Suggestions;

namespace Township.Congress.Data.Configurations;

/// <summary>The activity's own columns and parts (called from ActivityConfiguration, which holds the skeleton's keys).</summary>
internal static class ActivityParts
{
    public static void Configure(EntityTypeBuilder<Activity> b)
    {
        b.Property(a => a.Places).HasMaxLength(1000);
        b.Property(a => a.Projects).HasMaxLength(1000);
        b.Property(a => a.Law).HasMaxLength(200);
        b.Property(a => a.LawArticles).HasMaxLength(500);
        b.Property(a => a.Findings).HasMaxLength(8000);
        b.Ignore(a => a.PersonTimes);
        b.HasMany(a => a.Units).WithOne().HasForeignKey(u => u.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Participants).WithOne().HasForeignKey(p => p.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Opinions).WithOne().HasForeignKey(o => o.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActivityUnitConfiguration : IEntityTypeConfiguration<ActivityUnit>
{
    public void Configure(EntityTypeBuilder<ActivityUnit> b)
    {
        b.Property(u => u.Name).HasMaxLength(100);
        b.HasOne<HandlingUnit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ActivityParticipantConfiguration : IEntityTypeConfiguration<ActivityParticipant>
{
    public void Configure(EntityTypeBuilder<ActivityParticipant> b)
    {
        b.HasIndex(p => new { p.ActivityId, p.DeputyId }).IsUnique();
        b.HasIndex(p => p.DeputyId);
        b.HasOne<Deputy>().WithMany().HasForeignKey(p => p.DeputyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ActivityOpinionConfiguration : IEntityTypeConfiguration<ActivityOpinion>
{
    public void Configure(EntityTypeBuilder<ActivityOpinion> b)
    {
        b.Property(o => o.Text).HasMaxLength(4000);
        b.Property(o => o.ReceivingUnitName).HasMaxLength(100);
        b.HasOne<HandlingUnit>().WithMany().HasForeignKey(o => o.ReceivingUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ActivityFileConfiguration : IEntityTypeConfiguration<ActivityFile>
{
    public void Configure(EntityTypeBuilder<ActivityFile> b)
    {
        b.Property(f => f.FileName).HasMaxLength(200);
        b.Property(f => f.ContentType).HasMaxLength(100);
        b.Property(f => f.UploadedBy).HasMaxLength(64);
        b.HasIndex(f => f.ActivityId);
        b.HasOne<Activity>().WithMany().HasForeignKey(f => f.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActivitySuggestionConfiguration : IEntityTypeConfiguration<ActivitySuggestion>
{
    public void Configure(EntityTypeBuilder<ActivitySuggestion> b)
    {
        // A suggestion arises from at most one activity.
        b.HasIndex(l => l.SuggestionId).IsUnique();
        b.HasIndex(l => l.ActivityId);
        b.HasOne<Activity>().WithMany().HasForeignKey(l => l.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Suggestion>().WithMany().HasForeignKey(l => l.SuggestionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GroupPlanItemConfiguration : IEntityTypeConfiguration<GroupPlanItem>
{
    public void Configure(EntityTypeBuilder<GroupPlanItem> b)
    {
        b.Property(p => p.Subject).HasMaxLength(200);
        b.HasIndex(p => new { p.GroupId, p.Year });
        b.HasOne<DeputyGroup>().WithMany().HasForeignKey(p => p.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}
