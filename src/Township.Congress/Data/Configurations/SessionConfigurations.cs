using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.Deputies;
using Township.Congress.Places;
using Township.Congress.Sessions;

namespace Township.Congress.Data.Configurations;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

internal sealed class CongressSessionConfiguration : IEntityTypeConfiguration<CongressSession>
{
    public void Configure(EntityTypeBuilder<CongressSession> b)
    {
        b.Ignore(s => s.RollDate);
        b.Ignore(s => s.Start);
        b.Ignore(s => s.End);
        b.Ignore(s => s.LengthDays);
        b.Property(s => s.Venue).HasMaxLength(128);
        b.Property(s => s.QuorumOverrideReason).HasMaxLength(500);
        b.Property(s => s.NonVotingAttendees).HasMaxLength(2000);
        b.Property(s => s.MinutesIntro).HasMaxLength(8000);
        b.Property(s => s.MinutesClosing).HasMaxLength(8000);
        b.Property(s => s.PresidedBy).HasMaxLength(200);
        b.Property(s => s.RecordedBy).HasMaxLength(64);
        b.HasOne<Township>().WithMany().HasForeignKey(s => s.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Term>().WithMany().HasForeignKey(s => s.TermId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.TermId, s.Ordinal }).IsUnique();
        b.HasMany(s => s.Agenda).WithOne().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Attendance).WithOne().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Votes).WithOne().HasForeignKey(v => v.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Elections).WithOne().HasForeignKey(e => e.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Presidium).WithOne().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.LivelihoodCandidates).WithOne().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Corrections).WithOne().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SessionCorrectionConfiguration : IEntityTypeConfiguration<SessionCorrection>
{
    public void Configure(EntityTypeBuilder<SessionCorrection> b)
    {
        b.Property(c => c.Change).HasMaxLength(64);
        b.Property(c => c.Reason).HasMaxLength(500);
        b.Property(c => c.ByUserName).HasMaxLength(64);
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.Property(a => a.Title).HasMaxLength(200);
        b.Property(a => a.DeliberationOpinions).HasMaxLength(8000);
    }
}

internal sealed class SessionAttendanceConfiguration : IEntityTypeConfiguration<SessionAttendance>
{
    public void Configure(EntityTypeBuilder<SessionAttendance> b)
    {
        b.Property(a => a.LeaveReason).HasMaxLength(200);
        b.HasOne<Deputy>().WithMany().HasForeignKey(a => a.DeputyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.SessionId, a.DeputyId }).IsUnique();
    }
}

internal sealed class SessionVoteConfiguration : IEntityTypeConfiguration<SessionVote>
{
    public void Configure(EntityTypeBuilder<SessionVote> b)
    {
        b.Ignore(v => v.NotVoting);
        b.Property(v => v.Title).HasMaxLength(200);
        b.Property(v => v.RevoteReason).HasMaxLength(500);
        b.HasOne<AgendaItem>().WithMany().HasForeignKey(v => v.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(v => v.DeputyVotes).WithOne().HasForeignKey(d => d.VoteId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DeputyVoteConfiguration : IEntityTypeConfiguration<DeputyVote>
{
    public void Configure(EntityTypeBuilder<DeputyVote> b)
    {
        b.HasOne<Deputy>().WithMany().HasForeignKey(d => d.DeputyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => new { d.VoteId, d.DeputyId }).IsUnique();
    }
}

internal sealed class ElectionConfiguration : IEntityTypeConfiguration<Election>
{
    public void Configure(EntityTypeBuilder<Election> b)
    {
        b.Property(e => e.OfficeTitle).HasMaxLength(64);
        b.Property(e => e.Scrutineers).HasMaxLength(200);
        b.Property(e => e.Counters).HasMaxLength(200);
        b.HasOne<AgendaItem>().WithMany().HasForeignKey(e => e.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.Candidates).WithOne().HasForeignKey(c => c.ElectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LivelihoodCandidateConfiguration : IEntityTypeConfiguration<LivelihoodCandidate>
{
    public void Configure(EntityTypeBuilder<LivelihoodCandidate> b)
    {
        b.Ignore(c => c.Voted);
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Description).HasMaxLength(2000);
        b.Property(c => c.OwnerUnit).HasMaxLength(128);
        b.Property(c => c.EstimatedBudget).HasPrecision(12, 2);
        b.HasOne<AgendaItem>().WithMany().HasForeignKey(c => c.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.SessionId, c.Order });
    }
}

internal sealed class ElectionCandidateConfiguration : IEntityTypeConfiguration<ElectionCandidate>
{
    public void Configure(EntityTypeBuilder<ElectionCandidate> b) => b.Property(c => c.Name).HasMaxLength(32);
}

internal sealed class SessionPresidiumMemberConfiguration : IEntityTypeConfiguration<SessionPresidiumMember>
{
    public void Configure(EntityTypeBuilder<SessionPresidiumMember> b)
    {
        b.HasOne<Deputy>().WithMany().HasForeignKey(p => p.DeputyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.SessionId, p.DeputyId }).IsUnique();
    }
}

internal sealed class OfficeHolderConfiguration : IEntityTypeConfiguration<OfficeHolder>
{
    public void Configure(EntityTypeBuilder<OfficeHolder> b)
    {
        b.Property(o => o.OfficeTitle).HasMaxLength(64);
        b.Property(o => o.Name).HasMaxLength(32);
        b.HasOne<Term>().WithMany().HasForeignKey(o => o.TermId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Election>().WithMany().HasForeignKey(o => o.ElectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
