namespace Township.Congress.Rules;

/// <summary>
/// The thresholds in force for one county at the moment it was read: the county's own values
/// over the defaults. Rules take the numbers they need from it, so a pure rule stays testable
/// at its edges without a database.
/// </summary>
public sealed class CountyRules(IReadOnlyDictionary<string, decimal> values)
{
    /// <summary>The shipped defaults, for a county that changed nothing (and for tests).</summary>
    public static CountyRules Defaults { get; } = new(new Dictionary<string, decimal>());

    public decimal this[RuleSetting setting] => values.TryGetValue(setting.Key, out var v) ? v : setting.Default;

    /// <summary>A count, days or points threshold as a whole number.</summary>
    public int Whole(RuleSetting setting) => (int)this[setting];

    /// <summary>A percent threshold as a fraction (80 → 0.80).</summary>
    public decimal Fraction(RuleSetting setting) => this[setting] / 100m;

    /// <summary>Whether the county set its own value.</summary>
    public bool IsChanged(RuleSetting setting) => values.ContainsKey(setting.Key);

    /// <summary>A copy with one value replaced: for tests and for previews of a change.</summary>
    public CountyRules With(RuleSetting setting, decimal value)
    {
        var copy = values.ToDictionary(p => p.Key, p => p.Value);
        copy[setting.Key] = value;
        return new CountyRules(copy);
    }
}
