using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.Deputies;
using Township.Congress.Petitions;
using Township.Congress.Places;
using Township.Congress.Suggestions;
using Township.Congress.VoterReports;

namespace Township.Congress.Data.Configurations;

internal sealed class VoterReportConfiguration : IEntityTypeConfiguration<VoterReport>
{
    public void Configure(EntityTypeBuilder<VoterReport> b)
    {
        b.Property(r => r.Place).HasMaxLength(128);
        b.Property(r => r.District).HasMaxLength(128);
        b.Property(r => r.ReportText).HasMaxLength(20000);
        b.Property(r => r.FileName).HasMaxLength(255);
        b.Property(r => r.FileContentType).HasMaxLength(128);
        b.Property(r => r.Score).HasPrecision(5, 1);
        b.HasIndex(r => new { r.TownshipId, r.ReportedOn });
        b.HasIndex(r => r.DeputyId);
        b.HasOne<Places.Township>().WithMany().HasForeignKey(r => r.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Term>().WithMany().HasForeignKey(r => r.TermId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Deputy>().WithMany().HasForeignKey(r => r.DeputyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PetitionConfiguration : IEntityTypeConfiguration<Petition>
{
    public void Configure(EntityTypeBuilder<Petition> b)
    {
        b.Property(p => p.VisitorName).HasMaxLength(64);
        b.Property(p => p.VisitorPhone).HasMaxLength(32);
        b.Property(p => p.Matter).HasMaxLength(4000);
        b.Property(p => p.ReceivedBy).HasMaxLength(64);
        b.Property(p => p.ExtensionReason).HasMaxLength(500);
        b.Property(p => p.Result).HasMaxLength(4000);
        b.HasIndex(p => new { p.TownshipId, p.ReceivedOn });
        b.HasIndex(p => new { p.State, p.FinishBy });
        b.HasOne<Places.Township>().WithMany().HasForeignKey(p => p.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Deputy>().WithMany().HasForeignKey(p => p.ReceivedByDeputyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<HandlingUnit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
