using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.Deputies;
using Township.Congress.Places;
using Township.Congress.Security;
using Township.Congress.Sessions;
using Township.Congress.Suggestions;

namespace Township.Congress.Data.Configurations;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;

internal sealed class SuggestionConfiguration : IEntityTypeConfiguration<Suggestion>
{
    public void Configure(EntityTypeBuilder<Suggestion> b)
    {
        b.Ignore(s => s.Number);
        b.Ignore(s => s.IsMergedItem);
        b.Property(s => s.Title).HasMaxLength(200);
        b.Property(s => s.Text).HasMaxLength(20000);
        b.Property(s => s.SearchText).HasMaxLength(20300);
        // Distinct bigrams of SearchText, two characters and a space each.
        b.Property(s => s.SearchTerms).HasMaxLength(61000);
        b.Property(s => s.LeadDeputyName).HasMaxLength(32);
        b.Property(s => s.SourceNote).HasMaxLength(500);
        b.Property(s => s.ReviewReason).HasMaxLength(1000);
        b.Property(s => s.Supervisor).HasMaxLength(64);
        b.HasOne<Township>().WithMany().HasForeignKey(s => s.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Deputy>().WithMany().HasForeignKey(s => s.LeadDeputyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CongressSession>().WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SuggestionCategory>().WithMany().HasForeignKey(s => s.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<HandlingUnit>().WithMany().HasForeignKey(s => s.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Suggestion>().WithMany().HasForeignKey(s => s.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.TownshipId, s.Year, s.Sequence }).IsUnique();
        b.HasIndex(s => new { s.State, s.Deadline });
        b.HasMany(s => s.Signers).WithOne().HasForeignKey(x => x.SuggestionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SuggestionSignerConfiguration : IEntityTypeConfiguration<SuggestionSigner>
{
    public void Configure(EntityTypeBuilder<SuggestionSigner> b)
    {
        b.Property(x => x.DeputyName).HasMaxLength(32);
        b.HasOne<Deputy>().WithMany().HasForeignKey(x => x.DeputyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SuggestionId, x.DeputyId }).IsUnique();
        b.HasIndex(x => x.DeputyId);
    }
}

internal sealed class SuggestionAssignmentConfiguration : IEntityTypeConfiguration<SuggestionAssignment>
{
    public void Configure(EntityTypeBuilder<SuggestionAssignment> b)
    {
        b.Ignore(x => x.IsCurrent);
        b.Property(x => x.ReturnReason).HasMaxLength(1000);
        b.HasOne<Suggestion>().WithMany().HasForeignKey(x => x.SuggestionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<HandlingUnit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.UnitId, x.EndedOn });
        b.HasIndex(x => x.SuggestionId);
    }
}

internal sealed class SuggestionAnswerConfiguration : IEntityTypeConfiguration<SuggestionAnswer>
{
    public void Configure(EntityTypeBuilder<SuggestionAnswer> b)
    {
        b.Property(x => x.Text).HasMaxLength(20000);
        b.HasOne<Suggestion>().WithMany().HasForeignKey(x => x.SuggestionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<HandlingUnit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.SuggestionId);
    }
}

internal sealed class SuggestionFeedbackConfiguration : IEntityTypeConfiguration<SuggestionFeedback>
{
    public void Configure(EntityTypeBuilder<SuggestionFeedback> b)
    {
        b.Property(x => x.DeputyName).HasMaxLength(32);
        b.Property(x => x.Comment).HasMaxLength(2000);
        b.HasOne<Suggestion>().WithMany().HasForeignKey(x => x.SuggestionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.SuggestionId);
    }
}

internal sealed class SuggestionEventConfiguration : IEntityTypeConfiguration<SuggestionEvent>
{
    public void Configure(EntityTypeBuilder<SuggestionEvent> b)
    {
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.Summary).HasMaxLength(500);
        b.Property(x => x.Comment).HasMaxLength(4000);
        b.HasOne<Suggestion>().WithMany().HasForeignKey(x => x.SuggestionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.SuggestionId);
    }
}

internal sealed class SuggestionAttachmentConfiguration : IEntityTypeConfiguration<SuggestionAttachment>
{
    public void Configure(EntityTypeBuilder<SuggestionAttachment> b)
    {
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.ContentType).HasMaxLength(128);
        b.Property(x => x.UploadedBy).HasMaxLength(64);
        b.HasOne<Suggestion>().WithMany().HasForeignKey(x => x.SuggestionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<SuggestionAnswer>().WithMany().HasForeignKey(x => x.AnswerId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.SuggestionId);
    }
}

internal sealed class HandlingUnitConfiguration : IEntityTypeConfiguration<HandlingUnit>
{
    public void Configure(EntityTypeBuilder<HandlingUnit> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.ContactPerson).HasMaxLength(32);
        b.Property(x => x.ContactPhone).HasMaxLength(32);
        b.HasOne<County>().WithMany().HasForeignKey(x => x.CountyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Township>().WithMany().HasForeignKey(x => x.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CountyId, x.Name }).IsUnique();
    }
}

internal sealed class SuggestionCategoryConfiguration : IEntityTypeConfiguration<SuggestionCategory>
{
    public void Configure(EntityTypeBuilder<SuggestionCategory> b)
    {
        b.Property(x => x.Name).HasMaxLength(32);
        b.HasOne<County>().WithMany().HasForeignKey(x => x.CountyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CountyId, x.Name }).IsUnique();
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(x => x.Text).HasMaxLength(500);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Suggestion>().WithMany().HasForeignKey(x => x.SuggestionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.UserId, x.ReadAtUtc });
    }
}
