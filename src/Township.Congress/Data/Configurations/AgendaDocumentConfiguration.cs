using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.Sessions;

namespace Township.Congress.Data.Configurations;

internal sealed class AgendaDocumentConfiguration : IEntityTypeConfiguration<AgendaDocument>
{
    public void Configure(EntityTypeBuilder<AgendaDocument> b)
    {
        b.Property(d => d.FileName).HasMaxLength(255);
        b.Property(d => d.ContentType).HasMaxLength(128);
        b.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength(false);
        b.Property(d => d.UploadedBy).HasMaxLength(64);
        b.Property(d => d.Content).IsRequired();
        b.HasOne<AgendaItem>().WithMany().HasForeignKey(d => d.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => d.AgendaItemId);
    }
}
