using Township.Congress.Auditing;
using Township.Congress.Data;
using Township.Congress.Security;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Features.Audit;

/// <summary>An audit row as people read it: which record ("代表 程超") and what changed, in words.</summary>
public sealed record AuditRow(AuditEntry Entry, string Record, string Changes);

/// <summary>
/// Turns stored audit rows into what people read: field names in Chinese, references as names,
/// enum values as labels, and personal data shown by the viewer's disclosure rule — the same
/// rule as the roster, the exports and the API. The stored rows are never changed.
/// </summary>
public static class AuditRows
{
    private static readonly string[] NameFields = ["Name", "Title", "FileName", "Description", "DeputyName"];

    public static async Task<List<AuditRow>> DescribeAsync(CongressDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken ct = default)
    {
        var scope = db.Scope;
        var parsed = entries.Select(e => (Entry: e, Fields: AuditChanges.Parse(e.Changes))).ToList();
        var keys = new List<(string, Guid)>();
        foreach (var (entry, fields) in parsed)
        {
            if (AuditRecordNames.Knows(entry.EntityType) && Guid.TryParse(entry.EntityKey, out var id)) keys.Add((entry.EntityType, id));
            foreach (var field in fields ?? [])
                if (AuditFieldNames.ReferenceType(field.Name) is { } type)
                    keys.AddRange(field.Values.SelectMany(Guids).Select(g => (type, g)));
        }
        var names = await AuditRecordNames.ResolveAsync(db, keys, ct);
        return [.. parsed.Select(p => new AuditRow(p.Entry,
            scope.DiscloseInText(RecordOf(p.Entry, p.Fields, names)),
            scope.DiscloseInText(p.Fields is null ? p.Entry.Changes : ChangesOf(scope, p.Entry, p.Fields, names))))];
    }

    private static string RecordOf(AuditEntry entry, List<ChangedField>? fields, Dictionary<(string, Guid), string> names)
    {
        var type = AuditValues.RecordTypeName(entry.EntityType);
        var name = Guid.TryParse(entry.EntityKey, out var id) && names.TryGetValue((entry.EntityType, id), out var found) ? found
            // A deleted record (or one no longer readable) is named from its own row.
            : fields?.Where(f => NameFields.Contains(f.Name)).Select(f => f.New ?? f.Old).FirstOrDefault(v => !string.IsNullOrEmpty(v));
        if (entry.EntityType == "Login") name = null;
        return string.IsNullOrEmpty(name) ? type : $"{type} {name}";
    }

    private static string ChangesOf(TownshipScope scope, AuditEntry entry, List<ChangedField> fields, Dictionary<(string, Guid), string> names) =>
        AuditChanges.Describe(fields,
            f => AuditValues.IsHidden(f.Name) || (f.Name == "TownshipId" && !(f.HasOld && f.HasNew)) ? null : AuditValues.FieldName(entry.EntityType, f.Name),
            (f, value) => Show(scope, entry.EntityType, f.Name, value, names));

    private static string Show(TownshipScope scope, string entityType, string field, string value, Dictionary<(string, Guid), string> names)
    {
        if (PersonalData.KindOf(entityType, field) is { } kind) return scope.Disclose(kind, value);
        if (AuditFieldNames.ReferenceType(field) is { } type)
        {
            var ids = Guids(value).ToList();
            if (ids.Count > 0)
                return string.Join("、", ids.Select(g => names.TryGetValue((type, g), out var name) ? name : UiText.Audit_UnknownRecord));
        }
        var clr = AuditValues.FieldType(entityType, field);
        if (clr == typeof(bool) && bool.TryParse(value, out var flag)) return flag ? UiText.Audit_Yes : UiText.Audit_No;
        if (clr is { IsEnum: true } && AuditValues.EnumLabel(clr, value) is { } label) return label;
        return value;
    }

    private static IEnumerable<Guid> Guids(string value) =>
        value.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries).Select(v => Guid.TryParse(v, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty);
}
