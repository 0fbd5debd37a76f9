using System.Collections;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Township.Congress.Formatting;

/// <summary>
/// The Chinese names of one enum: the single table that screens, prints, spreadsheets and imports read.
/// A lookup never throws: a value without a name (old data, a value added without its label) prints as
/// "未知(99)" and is logged, so one odd row cannot take a whole roster or page down with it.
/// </summary>
public sealed class EnumLabels<T> : IEnumerable<KeyValuePair<T, string>> where T : struct, Enum
{
    private readonly KeyValuePair<T, string>[] _entries;
    private readonly Dictionary<T, string> _byValue;

    public EnumLabels(params (T Value, string Label)[] entries)
    {
        _entries = entries.Select(e => KeyValuePair.Create(e.Value, e.Label)).ToArray();
        _byValue = _entries.ToDictionary(e => e.Key, e => e.Value);
    }

    /// <summary>The label of <paramref name="value"/>, or "未知(n)" (logged) when it has none.</summary>
    public string Of(T value)
    {
        if (_byValue.TryGetValue(value, out var label)) return label;
        EnumLabels.ReportUnknown(typeof(T), value);
        return EnumLabels.Unknown(value);
    }

    /// <summary>The same as <see cref="Of"/>: kept so a table can be read like a dictionary, but never throws.</summary>
    public string this[T value] => Of(value);

    public bool Has(T value) => _byValue.ContainsKey(value);

    /// <summary>The values in display order (the order pickers list them).</summary>
    public IEnumerable<T> Keys => _entries.Select(e => e.Key);

    /// <summary>The labels in display order.</summary>
    public IEnumerable<string> Values => _entries.Select(e => e.Value);

    public int Count => _entries.Length;

    /// <summary>Reads a label back (imports): exact match after trimming.</summary>
    public bool TryParse(string? text, out T value)
    {
        var trimmed = text?.Trim();
        foreach (var entry in _entries)
        {
            if (entry.Value == trimmed)
            {
                value = entry.Key;
                return true;
            }
        }
        value = default;
        return false;
    }

    public IEnumerator<KeyValuePair<T, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<T, string>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>What every label table shares: the text for a value without a name, and where that is logged.</summary>
public static class EnumLabels
{
    /// <summary>Set once by the host (the web app points it at its logging); silent until then.</summary>
    public static ILogger Log { get; set; } = NullLogger.Instance;

    public static string Unknown<T>(T value) where T : struct, Enum =>
        $"未知({Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)})";

    internal static void ReportUnknown(Type type, object value) =>
        Log.LogWarning("No label for {EnumType} value {Value}: printed as unknown", type.Name, value);
}
