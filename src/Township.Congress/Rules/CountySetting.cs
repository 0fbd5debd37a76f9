using Township.Congress.Model;

namespace Township.Congress.Rules;

/// <summary>
/// A county's own value of one <see cref="RuleSetting"/>. Only values that differ from the
/// default are stored; removing the row restores the default.
/// </summary>
public class CountySetting : EditableEntity
{
    public Guid CountyId { get; set; }

    /// <summary>The <see cref="RuleSetting.Key"/>.</summary>
    public required string Key { get; set; }

    public decimal Value { get; set; }
}
