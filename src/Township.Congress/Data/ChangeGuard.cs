using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Township.Congress.Auditing;
using Township.Congress.Deputies;
using Township.Congress.Model;
using Township.Congress.Places;
using Township.Congress.Security;
using Township.Congress.Suggestions;

namespace Township.Congress.Data;

// Plain `Township` would bind to the root namespace, not to the class.
using Township = Township.Congress.Places.Township;
using Township.Congress.Resources;

/// <summary>
/// Runs before every save: refuses writes outside the user's townships, bumps versions of
/// edited records and adds one audit row per changed domain record. Because the audit rows
/// are part of the same SaveChanges, they commit or roll back with the change itself.
/// </summary>
internal static partial class ChangeGuard
{
    public static void Prepare(CongressDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var audits = new List<AuditEntry>();
        var unitItems = new Dictionary<Guid, bool>();
        var audit = !(db.SuppressAudit && db.Scope is { Unrestricted: true, UserId: null });
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (entry.Entity is not Entity entity) continue; // identity tables and the audit itself
            if (entry.Entity is Notification notification)
            {
                EnsureNotificationAllowed(db.Scope, entry, notification);
                continue; // notices are not records people change: no audit
            }

            var townshipId = db.Scope.HandlingUnitId is { } unitId
                ? EnsureUnitAllowed(db, unitId, entry, unitItems)
                : EnsureAllowed(db.Scope, entity, entry.State, entry);
            if (entry.Entity is Deputy && entry.State == EntityState.Deleted)
                throw new InvalidOperationException(ModelText.Deputy_NotDeletable);
            if (entry.Entity is EditableEntity && entry.State == EntityState.Modified)
            {
                var version = entry.Property(nameof(EditableEntity.Version));
                version.CurrentValue = (long)version.OriginalValue! + 1;
            }
            if (!audit) continue;
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

    /// <summary>
    /// A handling unit writes only its own steps on items currently assigned to it: it updates the
    /// item and its assignment row, and adds answers, attachments and timeline events. Which step
    /// is allowed when is the workflow's business; this is the backstop under it.
    /// </summary>
    private static Guid EnsureUnitAllowed(CongressDbContext db, Guid unitId, EntityEntry entry, Dictionary<Guid, bool> known)
    {
        var entity = (Entity)entry.Entity;
        var typeName = entry.Metadata.ClrType.Name;
        var (suggestionId, townshipId, allowed) = entry.Entity switch
        {
            Suggestion s => (s.Id, s.TownshipId, entry.State == EntityState.Modified),
            SuggestionAssignment a => (a.SuggestionId, a.TownshipId, entry.State == EntityState.Modified),
            SuggestionAnswer a => (a.SuggestionId, a.TownshipId, entry.State == EntityState.Added && a.UnitId == unitId),
            SuggestionEvent e => (e.SuggestionId, e.TownshipId, entry.State == EntityState.Added),
            SuggestionAttachment a => (a.SuggestionId, a.TownshipId, entry.State == EntityState.Added),
            ITownshipOwned o => (Guid.Empty, o.TownshipId, false),
            _ => (Guid.Empty, Guid.Empty, false),
        };
        if (allowed && !known.TryGetValue(suggestionId, out allowed))
        {
            // Read past the filters and the pending changes: was the item assigned to the unit before this save?
            allowed = db.SuggestionAssignments.IgnoreQueryFilters().AsNoTracking()
                .Any(a => a.SuggestionId == suggestionId && a.UnitId == unitId && a.EndedOn == null);
            known[suggestionId] = allowed;
        }
        if (!allowed) throw new TownshipAccessDeniedException(typeName, entity.Id.ToString(), townshipId == Guid.Empty ? null : townshipId);
        return townshipId;
    }

    private static void EnsureNotificationAllowed(TownshipScope scope, EntityEntry entry, Notification notification)
    {
        if (scope.Unrestricted) return;
        var ok = entry.State == EntityState.Added ? scope.UserId is not null : notification.UserId == scope.UserId;
        if (!ok) throw new TownshipAccessDeniedException(nameof(Notification), notification.Id.ToString());
    }

    /// <summary>Returns the township the change belongs to, after checking the user may write there.</summary>
    private static Guid? EnsureAllowed(TownshipScope scope, Entity entity, EntityState state, EntityEntry? entry)
    {
        var typeName = entity.GetType().Name;
        if (entry is not null && IsCountySupervision(scope, entry)) return ((ITownshipOwned)entity).TownshipId;
        switch (entity)
        {
            case Scorecards.ScorecardHandScore score:
                // The county scores its townships (its viewers passed above); a township never scores itself.
                if (!scope.Unrestricted) throw new TownshipAccessDeniedException(typeName, entity.Id.ToString(), score.TownshipId);
                return score.TownshipId;
            case ITownshipOwned owned:
                scope.EnsureCanWrite(owned.TownshipId, typeName, entity.Id);
                if (state == EntityState.Modified && entry is not null)
                {
                    // Moving a record to another township needs the right to write in both.
                    var original = (Guid)entry.Property(nameof(ITownshipOwned.TownshipId)).OriginalValue!;
                    scope.EnsureCanWrite(original, typeName, entity.Id);
                }
                return owned.TownshipId;
            case HandlingUnit { TownshipId: { } unitTownship }:
                // A township's own offices and village committees are kept by its secretary.
                scope.EnsureCanWrite(unitTownship, typeName, entity.Id);
                return unitTownship;
            case Township township:
                if (state == EntityState.Modified) scope.EnsureCanWrite(township.Id, typeName, entity.Id);
                else if (!scope.Unrestricted) throw new TownshipAccessDeniedException(typeName, entity.Id.ToString());
                return township.Id;
            default:
                if (!scope.Unrestricted) throw new TownshipAccessDeniedException(typeName, entity.Id.ToString());
                return null;
        }
    }

    /// <summary>
    /// 县人大督办, the one write of a county login: a CountySupervise step on an item of a township
    /// it reads (the workflow checked the county), which adds the timeline entry and moves the
    /// item's version and nothing else.
    /// </summary>
    private static bool IsCountySupervision(TownshipScope scope, EntityEntry entry)
    {
        if (scope.CountyId is null || scope.HandlingUnitId is not null || entry.Entity is not ITownshipOwned owned || !scope.CanRead(owned.TownshipId)) return false;
        return entry.Entity switch
        {
            SuggestionEvent e => entry.State == EntityState.Added && e.Action == SuggestionAction.CountySupervise,
            // 乡镇人大工作考评: the county scores its townships (ScorecardService checks the county first).
            Scorecards.ScorecardHandScore => entry.State is EntityState.Added or EntityState.Modified,
            Suggestion => entry.State == EntityState.Modified
                && entry.Properties.Where(p => p.IsModified).All(p => p.Metadata.Name == nameof(EditableEntity.Version)),
            _ => false,
        };
    }

    private static string DescribeChanges(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?>();
        var type = entry.Metadata.ClrType.Name;
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (!IsAudited(property.Metadata)) continue;
            switch (entry.State)
            {
                case EntityState.Added when property.CurrentValue is not null:
                    changes[name] = new { @new = Show(type, name, property.CurrentValue) };
                    break;
                case EntityState.Deleted:
                    changes[name] = new { old = Show(type, name, property.OriginalValue) };
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes[name] = new { old = Show(type, name, property.OriginalValue), @new = Show(type, name, property.CurrentValue) };
                    break;
            }
        }
        return JsonSerializer.Serialize(changes, JsonOptions);
    }

    /// <summary>Every stored field but the key, the version and copies derived from other fields (<see cref="DerivedAttribute"/>).</summary>
    private static bool IsAudited(IReadOnlyPropertyBase property) =>
        property.Name is not (nameof(Entity.Id) or nameof(EditableEntity.Version)) && !(property.PropertyInfo is { } info && DerivedFields.GetOrAdd(info, IsDerived));

    private static bool IsDerived(System.Reflection.PropertyInfo property) => property.IsDefined(typeof(DerivedAttribute), inherit: true);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<System.Reflection.PropertyInfo, bool> DerivedFields = new();

    // The audit must not become a second copy of personal data: phone and ID-card numbers are
    // stored masked, whoever made the change (the audit page masks again for older rows).
    // Nor a copy of attached files: their bytes are shown as a length only.
    private static object? Show(string entityType, string property, object? value) => value switch
    {
        byte[] bytes => $"{bytes.Length} 字节", // Chinese by design: the audit stores its text in Chinese
        _ when PersonalData.KindOf(entityType, property) is { } kind => PersonalData.Mask(kind, value as string),
        _ => value?.ToString(),
    };

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
