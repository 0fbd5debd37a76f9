using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Township.Congress.Security;

namespace Township.Congress.Data.Configurations;

internal sealed class ServerSessionConfiguration : IEntityTypeConfiguration<ServerSession>
{
    public void Configure(EntityTypeBuilder<ServerSession> b)
    {
        b.Property(s => s.EndReason).HasMaxLength(32);
        b.Property(s => s.ClientAddress).HasMaxLength(64);
        b.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        // "End every session of this user" looks up the live ones.
        b.HasIndex(s => new { s.UserId, s.EndedUtc });
    }
}
