using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Township.Congress.Auditing;
using Township.Congress.Common;
using Township.Congress.Counties;
using Township.Congress.Deputies;
using Township.Congress.Security;

namespace Township.Congress.Data;

/// <summary>
/// Runs before every save: refuses writes outside the user's townships, bumps versions of
/// edited records and adds one audit row per changed domain record. Because the audit rows
/// are part of the same SaveChanges, they commit or roll back with the change itself.
/// </summary>
internal static class ChangeGuard
{
    public static void Prepare(CongressDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var audits = new List<AuditEntry>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (entry.Entity is not Entity entity) continue; // identity tables and the audit itself

            var townshipId = EnsureAllowed(db.Scope, entry);
            if (entry.Entity is Deputy && entry.State == EntityState.Deleted)
                throw new InvalidOperationException("代表记录不可删除：请将其状态改为辞职、罢免、调离或去世。");
            if (entry.Entity is EditableEntity && entry.State == EntityState.Modified)
            {
                var version = entry.Property(nameof(EditableEntity.Version));
                version.CurrentValue = (long)version.OriginalValue! + 1;
            }
            audits.Add(new AuditEntry
            {
                AtUtc = now,
                UserId = db.Scope.UserId,
                UserName = db.Scope.UserName,
                TownshipId = townshipId,
                Action = entry.State switch
                {
                    EntityState.Added => AuditAction.Insert,
                    EntityState.Deleted => AuditAction.Delete,
                    _ => AuditAction.Update,
                },
                EntityType = entry.Metadata.ClrType.Name,
                EntityKey = entity.Id.ToString(),
                Changes = DescribeChanges(entry),
            });
        }
        db.AuditEntries.AddRange(audits);
    }

    public static ConcurrencyConflictException Conflict(DbUpdateConcurrencyException e)
    {
        var type = e.Entries.FirstOrDefault()?.Metadata.ClrType.Name ?? "";
        return new ConcurrencyConflictException(EntityNames.Chinese(type), e);
    }

    /// <summary>Returns the township the change belongs to, after checking the user may write there.</summary>
    private static Guid? EnsureAllowed(TownshipScope scope, EntityEntry entry)
    {
        var entity = (Entity)entry.Entity;
        var typeName = entry.Metadata.ClrType.Name;
        switch (entry.Entity)
        {
            case ITownshipOwned owned:
                scope.EnsureCanWrite(owned.TownshipId, typeName, entity.Id);
                if (entry.State == EntityState.Modified)
                {
                    // Moving a record to another township needs the right to write in both.
                    var original = (Guid)entry.Property(nameof(ITownshipOwned.TownshipId)).OriginalValue!;
                    scope.EnsureCanWrite(original, typeName, entity.Id);
                }
                return owned.TownshipId;
            case Counties.Township township:
                if (entry.State == EntityState.Modified) scope.EnsureCanWrite(township.Id, typeName, entity.Id);
                else if (!scope.Unrestricted) throw new TownshipAccessDeniedException(typeName, entity.Id.ToString());
                return township.Id;
            default:
                if (!scope.Unrestricted) throw new TownshipAccessDeniedException(typeName, entity.Id.ToString());
                return null;
        }
    }

    /// <summary>
    /// <c>{"Field":{"old":"…","new":"…"}}</c>. Written with <see cref="Utf8JsonWriter"/> rather than by
    /// serializing a dictionary of anonymous objects: the same JSON, byte for byte, without a
    /// dictionary, an object per field and reflection-based serialization for every audited row —
    /// which adds up when an import audits thousands of rows in one save.
    /// </summary>
    private static string DescribeChanges(EntityEntry entry)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            foreach (var property in entry.Properties)
            {
                var name = property.Metadata.Name;
                if (name is nameof(Entity.Id) or nameof(EditableEntity.Version)) continue;
                switch (entry.State)
                {
                    case EntityState.Added when property.CurrentValue is not null:
                        json.WriteStartObject(name);
                        json.WriteString("new", Show(name, property.CurrentValue));
                        json.WriteEndObject();
                        break;
                    case EntityState.Deleted:
                        json.WriteStartObject(name);
                        json.WriteString("old", Show(name, property.OriginalValue));
                        json.WriteEndObject();
                        break;
                    case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                        json.WriteStartObject(name);
                        json.WriteString("old", Show(name, property.OriginalValue));
                        json.WriteString("new", Show(name, property.CurrentValue));
                        json.WriteEndObject();
                        break;
                }
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // The audit must not become a second copy of personal data: phone numbers are masked.
    private static string? Show(string property, object? value) =>
        property == nameof(Deputy.Phone) ? PhoneMask.Mask(value as string) : value?.ToString();

    // Chinese stays readable in the stored JSON.
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
