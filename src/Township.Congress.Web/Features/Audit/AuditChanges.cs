using System.Text;
using System.Text.Json;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Features.Audit;

/// <summary>Renders an audit row's change JSON as "字段: 旧 → 新" for people.</summary>
public static class AuditChanges
{
    public static string Describe(string json)
    {
        if (string.IsNullOrWhiteSpace(json)) return "";
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return json;
            var text = new StringBuilder();
            foreach (var field in doc.RootElement.EnumerateObject())
            {
                if (text.Length > 0) text.Append(UiText.Common_Semicolon);
                text.Append(field.Name).Append(": ");
                if (field.Value.ValueKind != JsonValueKind.Object) { text.Append(field.Value.ToString()); continue; }
                var hasOld = field.Value.TryGetProperty("old", out var old);
                var hasNew = field.Value.TryGetProperty("new", out var @new);
                if (hasOld) text.Append(Show(old));
                if (hasOld && hasNew) text.Append(" → ");
                if (hasNew) text.Append(Show(@new));
            }
            return text.ToString();
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static string Show(JsonElement e) => e.ValueKind == JsonValueKind.Null ? UiText.Audit_EmptyValue : e.ToString() is { Length: > 0 } s ? s : UiText.Audit_EmptyValue;
}
