using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.Appraisals;

namespace Township.Congress.Data.Configurations;

internal sealed class AppraisalConfiguration : IEntityTypeConfiguration<Appraisal>
{
    public void Configure(EntityTypeBuilder<Appraisal> b)
    {
        b.Property(a => a.Title).HasMaxLength(200);
        b.Property(a => a.Plan).HasMaxLength(20_000);
        b.HasIndex(a => new { a.TownshipId, a.Year });
        b.HasOne<Places.Township>().WithMany().HasForeignKey(a => a.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Subjects).WithOne().HasForeignKey(s => s.AppraisalId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Reports).WithOne().HasForeignKey(r => r.AppraisalId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Visits).WithOne().HasForeignKey(v => v.AppraisalId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Sheets).WithOne().HasForeignKey(s => s.AppraisalId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AppraisalSubjectConfiguration : IEntityTypeConfiguration<AppraisalSubject>
{
    public void Configure(EntityTypeBuilder<AppraisalSubject> b)
    {
        b.Property(s => s.Name).HasMaxLength(100);
        b.Property(s => s.Post).HasMaxLength(100);
        b.Ignore(s => s.Voting);
        b.Ignore(s => s.DisplayName);
        b.HasOne<Suggestions.HandlingUnit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AppraisalSheetConfiguration : IEntityTypeConfiguration<AppraisalSheet>
{
    public void Configure(EntityTypeBuilder<AppraisalSheet> b)
    {
        // A deputy fills in one sheet per appraisal; the database holds to it too.
        b.HasIndex(s => new { s.AppraisalId, s.DeputyId }).IsUnique();
        b.HasOne<Deputies.Deputy>().WithMany().HasForeignKey(s => s.DeputyId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Marks).WithOne().HasForeignKey(m => m.SheetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AppraisalMarkConfiguration : IEntityTypeConfiguration<AppraisalMark>
{
    public void Configure(EntityTypeBuilder<AppraisalMark> b)
    {
        b.HasIndex(m => new { m.SheetId, m.SubjectId }).IsUnique();
        b.HasOne<AppraisalSubject>().WithMany().HasForeignKey(m => m.SubjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AppraisalReportConfiguration : IEntityTypeConfiguration<AppraisalReport>
{
    public void Configure(EntityTypeBuilder<AppraisalReport> b) => b.Property(r => r.Summary).HasMaxLength(2000);
}

internal sealed class AppraisalVisitConfiguration : IEntityTypeConfiguration<AppraisalVisit>
{
    public void Configure(EntityTypeBuilder<AppraisalVisit> b)
    {
        b.HasIndex(v => new { v.AppraisalId, v.ActivityId }).IsUnique();
        b.HasOne<Activities.Activity>().WithMany().HasForeignKey(v => v.ActivityId).OnDelete(DeleteBehavior.Restrict);
    }
}
