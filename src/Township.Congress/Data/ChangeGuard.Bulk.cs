using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Township.Congress.Auditing;
using Township.Congress.Model;
using Township.Congress.Security;

namespace Township.Congress.Data;

internal static partial class ChangeGuard
{
    /// <summary>
    /// The same scope check and audit row as <see cref="Prepare"/> for records inserted without the
    /// change tracker (<see cref="BulkInsert"/>), which a handling unit never uses. The JSON is the one
    /// DescribeChanges makes for an insert, written directly: thousands of rows are imported at once, so what
    /// each field needs (its getter, its encoded name, whether it is personal data) is looked up once per type.
    /// </summary>
    internal static List<AuditEntry> PrepareInserts(CongressDbContext db, IEnumerable<(Entity Entity, IEntityType Type)> records)
    {
        if (db.Scope.HandlingUnitId is not null) throw new InvalidOperationException("A handling unit never inserts in bulk.");
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var audit = !(db.SuppressAudit && db.Scope is { Unrestricted: true, UserId: null });
        var audits = new List<AuditEntry>();
        var fieldsOf = new Dictionary<IEntityType, AuditedField[]>();
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonOptions.Encoder });
        foreach (var (entity, type) in records)
        {
            var townshipId = EnsureAllowed(db.Scope, entity, EntityState.Added, entry: null);
            if (!audit) continue;
            if (!fieldsOf.TryGetValue(type, out var fields)) fieldsOf[type] = fields = AuditedFields(type);
            buffer.ResetWrittenCount();
            json.Reset();
            json.WriteStartObject();
            foreach (var field in fields)
            {
                if (field.Getter.GetClrValueUsingContainingEntity(entity) is not { } value) continue;
                json.WriteStartObject(field.Name);
                switch (value)
                {
                    // Show's text for the common kinds, without a string made for each: a Guid's text is its "D" form.
                    case string text when field.Personal is null:
                        json.WriteString(New, text);
                        break;
                    case Guid id:
                        json.WriteString(New, id);
                        break;
                    default:
                        json.WriteString(New, Show(type.ClrType.Name, field.Property.Name, value) as string);
                        break;
                }
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.Flush();
            audits.Add(new AuditEntry
            {
                AtUtc = now, UserId = db.Scope.UserId, UserName = db.Scope.UserName, TownshipId = townshipId, Action = AuditAction.Insert,
                EntityType = type.ClrType.Name, EntityKey = entity.Id.ToString(), Changes = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan),
            });
        }
        return audits;
    }

    private static readonly JsonEncodedText New = JsonEncodedText.Encode("new");

    private sealed record AuditedField(IProperty Property, IClrPropertyGetter Getter, JsonEncodedText Name, PersonalField? Personal);

    private static AuditedField[] AuditedFields(IEntityType type) => type.GetProperties().Where(p => IsAudited(p))
        .Select(p => new AuditedField(p, p.GetGetter(), JsonEncodedText.Encode(p.Name, JsonOptions.Encoder), PersonalData.KindOf(type.ClrType.Name, p.Name)))
        .ToArray();
}
