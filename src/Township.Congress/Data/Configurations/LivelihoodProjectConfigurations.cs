using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.Deputies;
using Township.Congress.LivelihoodProjects;
using Township.Congress.Sessions;

namespace Township.Congress.Data.Configurations;

internal sealed class LivelihoodProjectConfiguration : IEntityTypeConfiguration<LivelihoodProject>
{
    public void Configure(EntityTypeBuilder<LivelihoodProject> b)
    {
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Description).HasMaxLength(2000);
        b.Property(p => p.OwnerUnitName).HasMaxLength(128);
        b.Property(p => p.Budget).HasPrecision(12, 2);
        // One project per chosen candidate: the ledger cannot be built twice.
        b.HasIndex(p => p.CandidateId).IsUnique();
        b.HasIndex(p => new { p.TownshipId, p.Year });
        b.HasOne<Places.Township>().WithMany().HasForeignKey(p => p.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CongressSession>().WithMany().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LivelihoodCandidate>().WithMany().HasForeignKey(p => p.CandidateId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Suggestions.HandlingUnit>().WithMany().HasForeignKey(p => p.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Deputy>().WithMany().HasForeignKey(p => p.PresidiumMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Deputy>().WithMany().HasForeignKey(p => p.MonitorDeputyId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Milestones).WithOne().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LivelihoodMilestoneConfiguration : IEntityTypeConfiguration<LivelihoodMilestone>
{
    public void Configure(EntityTypeBuilder<LivelihoodMilestone> b)
    {
        b.Property(m => m.Name).HasMaxLength(200);
        b.HasIndex(m => new { m.ProjectId, m.Order });
    }
}

internal sealed class LivelihoodInspectionConfiguration : IEntityTypeConfiguration<LivelihoodInspection>
{
    public void Configure(EntityTypeBuilder<LivelihoodInspection> b)
    {
        b.HasIndex(i => new { i.ProjectId, i.ActivityId }).IsUnique();
        b.HasOne<LivelihoodProject>().WithMany().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Activities.Activity>().WithMany().HasForeignKey(i => i.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}
