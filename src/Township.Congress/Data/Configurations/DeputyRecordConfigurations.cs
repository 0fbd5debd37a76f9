using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.Activities;
using Township.Congress.Deputies;
using Township.Congress.DeputyRecords;

namespace Township.Congress.Data.Configurations;

internal sealed class DeclaredItemConfiguration : IEntityTypeConfiguration<DeclaredItem>
{
    public void Configure(EntityTypeBuilder<DeclaredItem> b)
    {
        b.Property(x => x.Text).HasMaxLength(2000);
        b.Property(x => x.DecidedBy).HasMaxLength(100);
        b.Property(x => x.DecisionNote).HasMaxLength(500);
        b.HasIndex(x => new { x.TownshipId, x.Date });
        b.HasOne<Places.Township>().WithMany().HasForeignKey(x => x.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Deputy>().WithMany().HasForeignKey(x => x.DeputyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DeputyInterviewConfiguration : IEntityTypeConfiguration<DeputyInterview>
{
    public void Configure(EntityTypeBuilder<DeputyInterview> b)
    {
        b.Property(x => x.HeldBy).HasMaxLength(100);
        b.Property(x => x.Notes).HasMaxLength(4000);
        b.HasIndex(x => x.DeputyId);
        b.HasOne<Places.Township>().WithMany().HasForeignKey(x => x.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Deputy>().WithMany().HasForeignKey(x => x.DeputyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FrozenRecordYearConfiguration : IEntityTypeConfiguration<FrozenRecordYear>
{
    public void Configure(EntityTypeBuilder<FrozenRecordYear> b)
    {
        b.Property(x => x.FrozenBy).HasMaxLength(100);
        b.HasIndex(x => new { x.TownshipId, x.Year }).IsUnique();
        b.HasOne<Places.Township>().WithMany().HasForeignKey(x => x.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Scores).WithOne().HasForeignKey(x => x.FrozenYearId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FrozenScoreConfiguration : IEntityTypeConfiguration<FrozenScore>
{
    public void Configure(EntityTypeBuilder<FrozenScore> b)
    {
        b.Property(x => x.BreakdownJson).HasMaxLength(8000);
        b.HasIndex(x => new { x.FrozenYearId, x.DeputyId }).IsUnique();
        b.HasOne<Deputy>().WithMany().HasForeignKey(x => x.DeputyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ActivityOpinionSpeakerConfiguration : IEntityTypeConfiguration<ActivityOpinionSpeaker>
{
    public void Configure(EntityTypeBuilder<ActivityOpinionSpeaker> b)
    {
        b.HasIndex(x => new { x.OpinionId, x.DeputyId }).IsUnique();
        b.HasOne<ActivityOpinion>().WithMany().HasForeignKey(x => x.OpinionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Activity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Deputy>().WithMany().HasForeignKey(x => x.DeputyId).OnDelete(DeleteBehavior.Restrict);
    }
}
