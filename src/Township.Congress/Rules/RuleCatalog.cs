using System.Reflection;

namespace Township.Congress.Rules;

/// <summary>Every <see cref="RuleSetting"/> the model declares, found once by reflection.</summary>
public static class RuleCatalog
{
    private static readonly Lazy<IReadOnlyList<RuleSetting>> Settings = new(() =>
        typeof(RuleCatalog).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(RuleSetting))
            .Select(f => (RuleSetting)f.GetValue(null)!)
            .OrderBy(s => s.Area).ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList());

    private static readonly Lazy<Dictionary<string, RuleSetting>> ByKey = new(() => All.ToDictionary(s => s.Key));

    public static IReadOnlyList<RuleSetting> All => Settings.Value;

    public static RuleSetting? Find(string key) => ByKey.Value.GetValueOrDefault(key);
}
