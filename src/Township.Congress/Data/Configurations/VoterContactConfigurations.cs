using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.Deputies;
using Township.Congress.LiaisonStations;
using Township.Congress.Places;
using Township.Congress.Suggestions;
using Township.Congress.VoterContact;

namespace Township.Congress.Data.Configurations;

internal sealed class ReceptionDayConfiguration : IEntityTypeConfiguration<ReceptionDay>
{
    public void Configure(EntityTypeBuilder<ReceptionDay> b)
    {
        b.Property(d => d.Place).HasMaxLength(200);
        b.Property(d => d.Note).HasMaxLength(2000);
        b.HasIndex(d => new { d.TownshipId, d.Date });
        b.HasOne<Places.Township>().WithMany().HasForeignKey(d => d.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LiaisonStation>().WithMany().HasForeignKey(d => d.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.Duties).WithOne().HasForeignKey(x => x.ReceptionDayId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Visits).WithOne().HasForeignKey(x => x.ReceptionDayId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReceptionDutyConfiguration : IEntityTypeConfiguration<ReceptionDuty>
{
    public void Configure(EntityTypeBuilder<ReceptionDuty> b)
    {
        b.HasIndex(x => new { x.ReceptionDayId, x.DeputyId }).IsUnique();
        b.HasOne<Deputy>().WithMany().HasForeignKey(x => x.DeputyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReceptionVisitConfiguration : IEntityTypeConfiguration<ReceptionVisit>
{
    public void Configure(EntityTypeBuilder<ReceptionVisit> b)
    {
        b.Property(v => v.VisitorName).HasMaxLength(50);
        b.Property(v => v.ContactPhone).HasMaxLength(30);
        b.Property(v => v.Matter).HasMaxLength(4000);
        b.Property(v => v.Reply).HasMaxLength(4000);
        b.HasOne<Village>().WithMany().HasForeignKey(v => v.VillageId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Deputy>().WithMany().HasForeignKey(v => v.ReceivedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Suggestion>().WithMany().HasForeignKey(v => v.SuggestionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(v => v.SuggestionId);
    }
}

internal sealed class ConstituentContactConfiguration : IEntityTypeConfiguration<ConstituentContact>
{
    public void Configure(EntityTypeBuilder<ConstituentContact> b)
    {
        b.Property(c => c.Way).HasMaxLength(50);
        b.Property(c => c.Raised).HasMaxLength(4000);
        b.HasIndex(c => new { c.TownshipId, c.Date });
        b.HasOne<Places.Township>().WithMany().HasForeignKey(c => c.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Deputy>().WithMany().HasForeignKey(c => c.DeputyId).OnDelete(DeleteBehavior.Restrict);
    }
}
