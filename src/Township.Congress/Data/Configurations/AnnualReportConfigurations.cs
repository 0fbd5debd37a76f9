using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.AnnualReports;

namespace Township.Congress.Data.Configurations;

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> b)
    {
        b.Property(x => x.StartedBy).HasMaxLength(100);
        b.Property(x => x.FinalisedBy).HasMaxLength(100);
        b.Property(x => x.Occasion).HasMaxLength(AnnualReportService.MaxHeaderLength);
        b.Property(x => x.Reporter).HasMaxLength(AnnualReportService.MaxHeaderLength);
        b.Property(x => x.FrozenFigures).HasMaxLength(8000);
        b.HasIndex(x => new { x.TownshipId, x.Year, x.Number }).IsUnique();
        b.HasOne<Places.Township>().WithMany().HasForeignKey(x => x.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AnnualReport>().WithMany().HasForeignKey(x => x.CopiedFromId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Paragraphs).WithOne().HasForeignKey(x => x.AnnualReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AnnualReportParagraphConfiguration : IEntityTypeConfiguration<AnnualReportParagraph>
{
    public void Configure(EntityTypeBuilder<AnnualReportParagraph> b)
    {
        b.Property(x => x.Text).HasMaxLength(AnnualReportService.MaxTextLength);
        b.HasIndex(x => new { x.AnnualReportId, x.Order }).IsUnique();
        b.HasMany(x => x.Revisions).WithOne().HasForeignKey(x => x.ParagraphId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AnnualReportRevisionConfiguration : IEntityTypeConfiguration<AnnualReportRevision>
{
    public void Configure(EntityTypeBuilder<AnnualReportRevision> b)
    {
        b.Property(x => x.Text).HasMaxLength(AnnualReportService.MaxTextLength);
        b.Property(x => x.By).HasMaxLength(100);
        b.HasIndex(x => new { x.ParagraphId, x.Number }).IsUnique();
    }
}
