using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.Places;
using Township.Congress.PresidiumMeetings;

namespace Township.Congress.Data.Configurations;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

internal sealed class PresidiumMeetingConfiguration : IEntityTypeConfiguration<PresidiumMeeting>
{
    public void Configure(EntityTypeBuilder<PresidiumMeeting> b)
    {
        b.Property(m => m.Place).HasMaxLength(128);
        b.Property(m => m.PresidedBy).HasMaxLength(64);
        b.Property(m => m.Attendees).HasMaxLength(2000);
        b.Property(m => m.Absentees).HasMaxLength(2000);
        b.Property(m => m.Topics).HasMaxLength(8000);
        b.Property(m => m.Decisions).HasMaxLength(8000);
        b.Property(m => m.MinutesNotes).HasMaxLength(8000);
        b.Property(m => m.NonVotingAttendees).HasMaxLength(2000);
        b.Property(m => m.RecordedBy).HasMaxLength(64);
        b.HasOne<Township>().WithMany().HasForeignKey(m => m.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Term>().WithMany().HasForeignKey(m => m.TermId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(m => m.Actions).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.TownshipId, m.Date });
    }
}

internal sealed class PresidiumActionConfiguration : IEntityTypeConfiguration<PresidiumAction>
{
    public void Configure(EntityTypeBuilder<PresidiumAction> b)
    {
        b.Property(a => a.Description).HasMaxLength(500);
        b.Property(a => a.Owner).HasMaxLength(64);
        b.Property(a => a.Result).HasMaxLength(1000);
        b.HasIndex(a => new { a.Status, a.DueOn });
    }
}
