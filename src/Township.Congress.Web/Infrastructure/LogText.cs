using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace Township.Congress.Web.Infrastructure;

/// <summary>
/// Makes user-provided text safe to log: control characters (CR, LF, TAB, ...) and Unicode line
/// separators are written as escapes, so one event is always one line and nobody can forge
/// another, and long values are cut, so a 10 MB user name cannot become a 10 MB log line.
/// </summary>
public static class LogText
{
    public const int MaxLength = 256;

    public static string Clean(string? value, int maxLength = MaxLength)
    {
        if (string.IsNullOrEmpty(value)) return value ?? "";
        var cut = value.Length > maxLength;
        var text = cut ? value[..maxLength] : value;
        if (!cut && !text.Any(NeedsEscape)) return text;
        var b = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            b.Append(NeedsEscape(c) ? $"\\u{(int)c:x4}" : c.ToString());
        if (cut) b.Append($"…(+{value.Length - maxLength})");
        return b.ToString();
    }

    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085';
}

/// <summary>Applies <see cref="LogText.Clean"/> to every string property of every log event.</summary>
public sealed class LogTextEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        List<LogEventProperty>? changed = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (value is ScalarValue { Value: string s } && LogText.Clean(s) is var clean && !ReferenceEquals(clean, s) && clean != s)
                (changed ??= []).Add(new LogEventProperty(name, new ScalarValue(clean)));
        }
        if (changed is null) return;
        foreach (var p in changed) logEvent.AddOrUpdateProperty(p);
    }
}
