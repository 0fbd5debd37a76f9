using System.Text;
using System.Text.Json;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Features.Audit;

/// <summary>One field of an audit row's change JSON: its stored name and old/new values as stored.</summary>
public sealed record ChangedField(string Name, bool HasOld, string? Old, bool HasNew, string? New)
{
    public IEnumerable<string> Values => new[] { Old, New }.OfType<string>();
}

/// <summary>Renders an audit row's change JSON as "字段: 旧 → 新" for people.</summary>
public static class AuditChanges
{
    /// <summary>The fields as stored, without interpretation (names and values as the change guard wrote them).</summary>
    public static string Describe(string json) => Parse(json) is { } fields ? Describe(fields, f => f.Name, (_, v) => v) : json;

    /// <summary>
    /// The fields with <paramref name="name"/> giving each its name for people and <paramref name="show"/>
    /// each non-empty value; a field <paramref name="name"/> answers null for is left out.
    /// </summary>
    public static string Describe(IEnumerable<ChangedField> fields, Func<ChangedField, string?> name, Func<ChangedField, string, string> show)
    {
        var text = new StringBuilder();
        foreach (var field in fields)
        {
            if (name(field) is not { } label) continue;
            if (text.Length > 0) text.Append(UiText.Common_Semicolon);
            text.Append(label).Append(": ");
            if (field.HasOld) text.Append(Show(field, field.Old, show));
            if (field.HasOld && field.HasNew) text.Append(" → ");
            if (field.HasNew) text.Append(Show(field, field.New, show));
        }
        return text.ToString();
    }

    /// <summary>The change JSON's fields; null when it is not the change guard's object of fields.</summary>
    public static List<ChangedField>? Parse(string json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return null;
            var fields = new List<ChangedField>();
            foreach (var field in doc.RootElement.EnumerateObject())
            {
                if (field.Value.ValueKind != JsonValueKind.Object)
                {
                    fields.Add(new ChangedField(field.Name, false, null, true, Text(field.Value)));
                    continue;
                }
                var hasOld = field.Value.TryGetProperty("old", out var old);
                var hasNew = field.Value.TryGetProperty("new", out var @new);
                fields.Add(new ChangedField(field.Name, hasOld, hasOld ? Text(old) : null, hasNew, hasNew ? Text(@new) : null));
            }
            return fields;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.ToString();

    private static string Show(ChangedField field, string? value, Func<ChangedField, string, string> show) =>
        string.IsNullOrEmpty(value) ? UiText.Audit_EmptyValue : show(field, value) is { Length: > 0 } s ? s : UiText.Audit_EmptyValue;
}
